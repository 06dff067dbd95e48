package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A firm's commitment to take the school's graduates: to hire them, or into apprenticeship. */
public record HiringCommitment(
        @NotBlank(message = "Le nom de l'entreprise est obligatoire.")
        @Size(max = 200, message = "Le nom de l'entreprise ne doit pas dépasser 200 caractères.")
        String firm,
        @NotNull(message = "La nature de l'engagement est obligatoire (HIRE ou APPRENTICESHIP).")
        Kind kind,
        @NotNull(message = "Le nombre de places est obligatoire.")
        @Min(value = 1, message = "Au moins une place.")
        @Max(value = 100, message = "Cent places au plus.")
        Integer places) {

    public enum Kind { HIRE, APPRENTICESHIP }
}

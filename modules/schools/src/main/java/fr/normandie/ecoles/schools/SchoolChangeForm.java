package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A suspension, resumption or closure as staff record it: what, from which day, and why. */
public record SchoolChangeForm(
        @NotNull(message = "Indiquez s'il s'agit d'une suspension, d'une reprise ou d'une fermeture.")
        SchoolChange change,
        @NotNull(message = "La date d'effet est obligatoire.")
        LocalDate effectiveOn,
        @NotBlank(message = "Le motif est obligatoire.")
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2000 caractères.")
        String reason) {
}

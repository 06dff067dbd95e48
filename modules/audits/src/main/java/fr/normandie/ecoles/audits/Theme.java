package fr.normandie.ecoles.audits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A theme of the cahier des charges (production, pedagogy, ...) and its criteria, in reading order. */
public record Theme(
        @NotBlank(message = "Le code du thème est obligatoire.")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "Code de thème : lettres majuscules, chiffres et tirets, 20 caractères au plus.")
        String code,
        @NotBlank(message = "L'intitulé du thème est obligatoire.")
        @Size(max = 200, message = "L'intitulé du thème ne doit pas dépasser 200 caractères.")
        String title,
        @NotEmpty(message = "Un thème compte au moins un critère.")
        @Size(max = 100, message = "Cent critères au plus par thème.")
        List<@Valid @NotNull(message = "Un critère ne peut pas être vide.") Criterion> criteria) {
}

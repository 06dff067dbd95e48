package fr.normandie.ecoles.audits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A finding of the inspection, on a criterion or on the school as a whole, with its corrective actions. */
public record FindingForm(
        @NotNull(message = "La gravité est obligatoire (MAJOR, MINOR ou OBSERVATION).")
        Severity severity,
        String criterion,
        @NotBlank(message = "Décrivez le constat.")
        @Size(max = 4000, message = "Le constat ne doit pas dépasser 4 000 caractères.")
        String description,
        @Size(max = 20, message = "Vingt actions au plus par constat.")
        List<@Valid @NotNull(message = "Une action ne peut pas être vide.") ActionForm> actions) {

    public FindingForm {
        actions = actions == null ? List.of() : actions;
    }
}

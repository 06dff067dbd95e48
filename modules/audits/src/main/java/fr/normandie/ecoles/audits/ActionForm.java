package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A corrective action the school commits to: what, who answers for it, and by when. Without a due date
 * the action is due at the end of the delay its finding's severity allows (three months for a major
 * non-conformity by default).
 */
public record ActionForm(
        @NotBlank(message = "Décrivez l'action corrective.")
        @Size(max = 2000, message = "L'action ne doit pas dépasser 2 000 caractères.")
        String description,
        @NotBlank(message = "Chaque action corrective a un responsable.")
        @Size(max = 200, message = "Le responsable ne doit pas dépasser 200 caractères.")
        String owner,
        LocalDate dueOn) {
}

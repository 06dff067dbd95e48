package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What someone writes on a project. The text is kept as typed; whoever shows it escapes it. */
public record NewComment(
        @NotBlank(message = "Le commentaire ne peut pas être vide.")
        @Size(max = 5000, message = "Le commentaire ne doit pas dépasser 5000 caractères.")
        String text) {
}

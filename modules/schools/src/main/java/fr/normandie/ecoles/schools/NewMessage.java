package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message written on a project's thread, between its carrier and the Region (issue 16). The text is kept as typed;
 * whoever shows it escapes it.
 */
public record NewMessage(
        @NotBlank(message = "Le message ne peut pas être vide.")
        @Size(max = 5000, message = "Le message ne doit pas dépasser 5000 caractères.")
        String text) {
}

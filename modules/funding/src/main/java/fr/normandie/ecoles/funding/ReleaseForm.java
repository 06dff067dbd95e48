package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A funding officer's release of a commitment: why, in a category and in words. */
public record ReleaseForm(
        @NotNull(message = "Le motif du désengagement est obligatoire.")
        ReleaseReason reason,
        @NotBlank(message = "L'explication du désengagement est obligatoire.")
        @Size(max = 2000, message = "L'explication ne doit pas dépasser 2000 caractères.")
        String explanation) {
}

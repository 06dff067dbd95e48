package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What an audit found of a corrective action decided earlier: still open, done, or verified. */
public record ActionReview(
        @NotNull(message = "Indiquez l'action revue.")
        UUID action,
        @NotNull(message = "Le statut de l'action est obligatoire (OPEN, DONE ou VERIFIED).")
        ActionStatus status,
        @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
        String comment) {
}

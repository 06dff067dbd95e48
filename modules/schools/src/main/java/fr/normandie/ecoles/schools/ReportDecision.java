package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Region's answer to a report a school submitted: validated, or sent back with a reason the school reads and
 * answers by correcting it. {@code version} is the report's version the decision was taken on: a report changed
 * since is refused as stale.
 */
public record ReportDecision(
        @NotNull(message = "La version du compte rendu est obligatoire : rechargez la page.")
        Long version,
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2000 caractères.")
        String reason) {
}

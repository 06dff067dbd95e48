package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The auditor's verdict on one criterion, why, and the evidence seen (documents, interviews, visits). */
public record CriterionVerdict(
        @NotBlank(message = "Indiquez le code du critère.")
        String criterion,
        @NotNull(message = "Le verdict est obligatoire (COMPLIANT, PARTIALLY_COMPLIANT, NON_COMPLIANT ou NOT_APPLICABLE).")
        Verdict verdict,
        @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
        String comment,
        @Size(max = 2000, message = "Les preuves ne doivent pas dépasser 2 000 caractères.")
        String evidence) {
}

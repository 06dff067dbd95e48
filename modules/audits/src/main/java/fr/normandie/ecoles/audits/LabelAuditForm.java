package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** The FNEP label audit step (and its follow-up): the auditor's outcome and the date of the inspection. */
public record LabelAuditForm(
        @NotNull(message = "Le résultat de l'audit est obligatoire.")
        LabelOutcome outcome,
        @NotNull(message = "La date de l'audit est obligatoire.")
        @PastOrPresent(message = "La date de l'audit ne peut pas être dans le futur.")
        LocalDate auditedOn) {
}

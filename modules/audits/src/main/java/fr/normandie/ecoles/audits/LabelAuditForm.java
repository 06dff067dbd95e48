package fr.normandie.ecoles.audits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The inspection form of every label audit (first audit, follow-up, re-audit): when, where and by whom,
 * a verdict per criterion of the catalogue version, the findings with their corrective actions, the
 * review of the actions still open from earlier audits, and the outcome. Without a catalogue version
 * the current one applies; without auditors, the person recording the audit.
 */
public record LabelAuditForm(
        @NotNull(message = "Le résultat de l'audit est obligatoire.")
        LabelOutcome outcome,
        @NotNull(message = "La date de l'audit est obligatoire.")
        @PastOrPresent(message = "La date de l'audit ne peut pas être dans le futur.")
        LocalDate auditedOn,
        @Positive(message = "Le numéro de version du cahier des charges est un entier positif.")
        Integer catalogueVersion,
        @NotBlank(message = "Le site audité est obligatoire.")
        @Size(max = 300, message = "Le site ne doit pas dépasser 300 caractères.")
        String site,
        @Size(max = 10, message = "Dix auditeurs au plus.")
        List<@NotBlank(message = "Le nom d'un auditeur ne peut pas être vide.")
             @Size(max = 100, message = "Le nom d'un auditeur ne doit pas dépasser 100 caractères.") String> auditors,
        @Size(max = 300, message = "Trois cents verdicts au plus.")
        List<@Valid @NotNull(message = "Un verdict ne peut pas être vide.") CriterionVerdict> verdicts,
        @Size(max = 100, message = "Cent constats au plus.")
        List<@Valid @NotNull(message = "Un constat ne peut pas être vide.") FindingForm> findings,
        @Size(max = 200, message = "Deux cents actions revues au plus.")
        List<@Valid @NotNull(message = "Une revue d'action ne peut pas être vide.") ActionReview> actionReviews,
        @Size(max = 4000, message = "La conclusion ne doit pas dépasser 4 000 caractères.")
        String conclusion) {

    public LabelAuditForm {
        auditors = auditors == null ? List.of() : auditors;
        verdicts = verdicts == null ? List.of() : verdicts;
        findings = findings == null ? List.of() : findings;
        actionReviews = actionReviews == null ? List.of() : actionReviews;
    }
}

package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded label audit, as the API and the report show it. {@code catalogueVersion} is null only for
 * audits recorded before the catalogue existed (their verdicts are empty).
 */
public record LabelAudit(UUID id, @JsonbTypeAdapter(ProjectIdText.class) ProjectId project, AuditKind kind, LocalDate auditedOn, String site,
                         List<String> auditors, String recordedBy, Instant recordedAt, Integer catalogueVersion,
                         LabelOutcome outcome, String conclusion, List<RecordedVerdict> verdicts,
                         List<Finding> findings, List<Review> actionReviews, Scores scores) {

    /** A verdict with the criterion's wording and theme, as the version the audit was made against words them. */
    public record RecordedVerdict(String theme, String criterion, String wording, Verdict verdict, String comment,
                                  String evidence) {
    }

    /** A finding and the corrective actions it called for (their current status). */
    public record Finding(UUID id, Severity severity, String criterion, String description,
                          List<CorrectiveAction> actions) {
    }

    /** What this audit found of an action decided earlier. */
    public record Review(UUID action, String description, ActionStatus status, String comment) {
    }

    /** The audit in a list: no verdicts, findings or reviews. */
    public record Summary(UUID id, @JsonbTypeAdapter(ProjectIdText.class) ProjectId project, AuditKind kind, LocalDate auditedOn, String site,
                          String recordedBy, Integer catalogueVersion, LabelOutcome outcome, Integer score) {
    }
}

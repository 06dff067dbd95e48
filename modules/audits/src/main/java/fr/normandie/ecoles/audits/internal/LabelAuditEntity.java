package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/** A label audit: the inspection, its findings and corrective actions, and its outcome. */
@Entity
@Table(name = "label_audit", schema = "audits")
@NamedQuery(name = "LabelAudit.ofProject", query = "select a from LabelAuditEntity a "
        + "where a.projectId = :project order by a.auditedOn, a.recordedAt")
@NamedQuery(name = "LabelAudit.allSummaries", query = "select a.id, a.projectId, a.kind, a.auditedOn, a.site, "
        + "a.recordedBy, a.catalogueVersion, a.outcome from LabelAuditEntity a order by a.auditedOn, a.recordedAt")
@NamedQuery(name = "LabelAudit.summariesOf", query = "select a.id, a.projectId, a.kind, a.auditedOn, a.site, "
        + "a.recordedBy, a.catalogueVersion, a.outcome from LabelAuditEntity a where a.projectId in :projects "
        + "order by a.auditedOn, a.recordedAt")
public class LabelAuditEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private AuditKind kind;
    @Column(name = "audited_on")
    private LocalDate auditedOn;
    @Column(name = "catalogue_version")
    private Integer catalogueVersion;
    private String site;
    @Convert(converter = TextLinesConverter.class)
    private List<String> auditors;
    @Enumerated(EnumType.STRING)
    private LabelOutcome outcome;
    private String conclusion;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @ElementCollection
    @CollectionTable(name = "audit_verdict", schema = "audits", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<VerdictEntry> verdicts;
    @OneToMany(mappedBy = "audit", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<FindingEntity> findings;
    @ElementCollection
    @CollectionTable(name = "audit_action_review", schema = "audits", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    private List<ReviewEntry> reviews;

    protected LabelAuditEntity() {
    }

    /** @param dueOn the due date of a corrective action: the one given, or its severity's default */
    LabelAuditEntity(ProjectId project, LabelAuditForm form, int catalogueVersion, String recordedBy, AuditKind kind,
                     LocalDateTime recordedAt, BiFunction<Severity, LocalDate, LocalDate> dueOn) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.kind = kind;
        this.auditedOn = form.auditedOn();
        this.catalogueVersion = catalogueVersion;
        this.site = form.site().strip();
        this.auditors = form.auditors().isEmpty() ? List.of(recordedBy)
                : form.auditors().stream().map(String::strip).toList();
        this.outcome = form.outcome();
        this.conclusion = FreeText.optional(form.conclusion());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.verdicts = form.verdicts().stream().map(VerdictEntry::new).toList();
        this.findings = new ArrayList<>();
        for (int i = 0; i < form.findings().size(); i++) {
            findings.add(new FindingEntity(this, projectId, i, form.findings().get(i), dueOn));
        }
        this.reviews = form.actionReviews().stream().map(ReviewEntry::new).toList();
    }

    UUID id() {
        return id;
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    Integer catalogueVersion() {
        return catalogueVersion;
    }

    LabelOutcome outcome() {
        return outcome;
    }

    LocalDate auditedOn() {
        return auditedOn;
    }

    AuditKind kind() {
        return kind;
    }

    List<CriterionVerdict> verdicts() {
        return verdicts.stream().map(VerdictEntry::toVerdict).toList();
    }

    List<ActionReview> reviews() {
        return reviews.stream().map(ReviewEntry::toReview).toList();
    }

    List<LabelAudit.Finding> findings() {
        return findings.stream().map(FindingEntity::toFinding).toList();
    }

    /** A row of {@code LabelAudit.allSummaries}: the summary's columns only, no entity built (no score). */
    static LabelAudit.Summary summaryOf(Object[] row) {
        return new LabelAudit.Summary((UUID) row[0], new ProjectId((UUID) row[1]), (AuditKind) row[2], (LocalDate) row[3],
                (String) row[4], (String) row[5], (Integer) row[6], (LabelOutcome) row[7], null);
    }

    LabelAudit.Summary toSummary(Integer score) {
        return new LabelAudit.Summary(id, project(), kind, auditedOn, site, recordedBy, catalogueVersion, outcome, score);
    }

    LabelAudit toAudit(List<LabelAudit.RecordedVerdict> recordedVerdicts, List<LabelAudit.Review> recordedReviews,
                       fr.normandie.ecoles.audits.Scores scores) {
        return new LabelAudit(id, project(), kind, auditedOn, site, List.copyOf(auditors), recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC), catalogueVersion, outcome, conclusion, recordedVerdicts,
                findings(), recordedReviews, scores);
    }
}

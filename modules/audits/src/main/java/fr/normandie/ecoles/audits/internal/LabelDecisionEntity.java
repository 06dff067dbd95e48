package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.LabelDecision;
import fr.normandie.ecoles.audits.LabelDecisionKind;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A label decision taken outside an audit. */
@Entity
@Table(name = "label_decision", schema = "audits")
@NamedQuery(name = "LabelDecision.ofProject", query = "select d from LabelDecisionEntity d "
        + "where d.projectId = :project order by d.decidedOn, d.recordedAt")
@NamedQuery(name = "LabelDecision.all", query = "select d from LabelDecisionEntity d order by d.decidedOn, d.recordedAt")
@NamedQuery(name = "LabelDecision.of", query = "select d from LabelDecisionEntity d where d.projectId in :projects "
        + "order by d.decidedOn, d.recordedAt")
public class LabelDecisionEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private LabelDecisionKind kind;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected LabelDecisionEntity() {
    }

    LabelDecisionEntity(ProjectId project, LabelDecisionKind kind, LocalDate decidedOn, String reason,
                        String recordedBy, LocalDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.kind = kind;
        this.decidedOn = decidedOn;
        this.reason = reason == null ? null : reason.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    LabelDecisionKind kind() {
        return kind;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    /**
     * A label granted before the software, as the label's status reads an audit that granted it: the day it was
     * granted, with no inspection, no site and no catalogue version.
     */
    LabelAudit.Summary asGrantingAudit() {
        return new LabelAudit.Summary(id, project(), AuditKind.LABEL, decidedOn, null, recordedBy, null,
                LabelOutcome.LABELLED, null);
    }

    /** The day the label was last withdrawn among these decisions (in their order), null if never. */
    static LocalDate lastWithdrawal(List<LabelDecisionEntity> decisions) {
        return decisions == null ? null : decisions.stream().filter(d -> d.kind == LabelDecisionKind.WITHDRAWN)
                .map(d -> d.decidedOn).reduce((first, second) -> second).orElse(null);
    }

    LabelDecision toDecision() {
        return new LabelDecision(kind, decidedOn, reason, recordedBy, recordedAt.toInstant(ZoneOffset.UTC));
    }
}

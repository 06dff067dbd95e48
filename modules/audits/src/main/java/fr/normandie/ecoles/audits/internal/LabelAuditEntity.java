package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@Entity
@Table(name = "label_audit", schema = "audits")
public class LabelAuditEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "audited_on")
    private java.time.LocalDate auditedOn;
    @Enumerated(EnumType.STRING)
    private LabelOutcome outcome;
    @Column(name = "follow_up")
    private boolean followUp;
    private String auditor;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected LabelAuditEntity() {
    }

    LabelAuditEntity(ProjectId project, LabelAuditForm form, String auditor, boolean followUp) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.auditedOn = form.auditedOn();
        this.outcome = form.outcome();
        this.followUp = followUp;
        this.auditor = auditor;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}

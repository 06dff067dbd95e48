package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

@Entity
@Table(name = "subsidy_decision", schema = "funding")
public class SubsidyDecisionEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private SubsidyDecision decision;
    @Column(name = "investment_granted")
    private BigDecimal investmentGranted;
    @Column(name = "operating_granted")
    private BigDecimal operatingGranted;
    private String deliberation;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected SubsidyDecisionEntity() {
    }

    SubsidyDecisionEntity(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.decision = form.decision();
        this.investmentGranted = form.investmentGranted();
        this.operatingGranted = form.operatingGranted();
        this.deliberation = form.deliberation() == null ? null : form.deliberation().strip();
        this.decidedBy = decidedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}

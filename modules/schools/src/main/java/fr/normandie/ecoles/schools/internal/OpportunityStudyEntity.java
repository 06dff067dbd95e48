package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "opportunity_study", schema = "schools")
public class OpportunityStudyEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private StudyConclusion conclusion;
    @Column(name = "partner_firms")
    @Convert(converter = TextListConverter.class)
    private List<String> partnerFirms;
    private String summary;

    protected OpportunityStudyEntity() {
    }

    OpportunityStudyEntity(ProjectId project, OpportunityStudyForm form, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.recordedAt = at;
        this.recordedBy = recordedBy;
        this.conclusion = form.conclusion();
        this.partnerFirms = List.copyOf(form.partnerFirms());
        this.summary = form.summary().strip();
    }
}

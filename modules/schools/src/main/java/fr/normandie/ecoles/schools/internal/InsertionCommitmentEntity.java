package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "insertion_commitment", schema = "schools")
public class InsertionCommitmentEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    private boolean secured;
    @Column(name = "partner_firms")
    @Convert(converter = TextListConverter.class)
    private List<String> partnerFirms;
    @Column(name = "target_insertion_rate")
    private int targetInsertionRate;

    protected InsertionCommitmentEntity() {
    }

    InsertionCommitmentEntity(ProjectId project, InsertionCommitmentForm form, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.recordedAt = at;
        this.recordedBy = recordedBy;
        this.secured = form.secured();
        this.partnerFirms = List.copyOf(form.partnerFirms());
        this.targetInsertionRate = form.targetInsertionRate();
    }
}

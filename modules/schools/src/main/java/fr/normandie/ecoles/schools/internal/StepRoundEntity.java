package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** What every recorded round of a step keeps: its project, when and by whom it was recorded. */
@MappedSuperclass
public abstract class StepRoundEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected StepRoundEntity() {
    }

    protected StepRoundEntity(ProjectId project, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.recordedAt = at;
        this.recordedBy = recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Stage;
import fr.normandie.ecoles.schools.StepCompletion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of a project's timeline. */
@Entity
@Table(name = "project_event", schema = "schools")
@NamedQuery(name = "ProjectEventEntity.milestones", query =
        "select e from ProjectEventEntity e where e.kind in (fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.REGISTERED,"
                + " fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.STEP_COMPLETED)")
@NamedQuery(name = "ProjectEventEntity.ofKind", query =
        "select e from ProjectEventEntity e where e.projectId = :project and e.kind = :kind order by e.occurredAt, e.id")
public class ProjectEventEntity {

    enum Kind { REGISTERED, STEP_COMPLETED, REMINDER_SENT, ABANDONED, CLOSED, OPENED }

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "occurred_at")
    @Convert(converter = InstantConverter.class)
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String step;
    private String actor;
    private String outcome;
    private String detail;

    protected ProjectEventEntity() {
    }

    ProjectEventEntity(ProjectId project, Instant at, Kind kind, String step, String actor, String outcome,
                       String detail) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.occurredAt = at;
        this.kind = kind;
        this.step = step;
        this.actor = actor;
        this.outcome = outcome;
        this.detail = detail;
    }

    /** A registration or a completed step, as a point of the project's timeline for projections. */
    OpeningProjection.Milestone toMilestone() {
        return new OpeningProjection.Milestone(projectId, kind == Kind.REGISTERED ? null : Stage.ofKey(step).orElse(null),
                occurredAt);
    }

    StepCompletion toStepCompletion() {
        return new StepCompletion(step, actor, occurredAt, outcome);
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.CompletionRequest;
import java.time.LocalDate;
import java.util.Optional;

import fr.normandie.ecoles.schools.ProjectId;
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

/**
 * One entry of a project's timeline. A step reopened is a milestone too: the step done again is timed from the
 * reopening, not from the step completed by mistake.
 */
@Entity
@Table(name = "project_event", schema = "schools")
@NamedQuery(name = "ProjectEventEntity.milestonesLatestFirst", query =
        "select e from ProjectEventEntity e where e.projectId = :project and e.kind in"
                + " (fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.REGISTERED,"
                + " fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.STEP_COMPLETED,"
                + " fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.STEP_REOPENED)"
                + " order by e.occurredAt desc")
@NamedQuery(name = "ProjectEventEntity.exchangesLatestFirst", query =
        "select e from ProjectEventEntity e where e.projectId = :project and e.kind in"
                + " (fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.FILE_SUBMITTED,"
                + " fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind.COMPLETION_REQUESTED)"
                + " order by e.occurredAt desc")
@NamedQuery(name = "ProjectEventEntity.ofKind", query =
        "select e from ProjectEventEntity e where e.projectId = :project and e.kind = :kind order by e.occurredAt, e.id")
public class ProjectEventEntity {

    enum Kind { REGISTERED, STEP_COMPLETED, REMINDER_SENT, ABANDONED, CLOSED, OPENED, EDITED, STEP_REOPENED,
        /** A task handed to a colleague (outcome: to whom; detail: the message). */
        HANDED_OVER,
        /** The project's officer changed (detail: from → to). */
        OFFICER_CHANGED,
        /** The carrier submitted a step's file (submit, issue 16; detail: its comment). */
        FILE_SUBMITTED,
        /** Staff asked the carrier to complete a step's file (outcome: the deadline; detail: the message). */
        COMPLETION_REQUESTED }

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
    /** For a completed step: how long since the project's previous milestone, which the coverage projection reads. */
    @Column(name = "since_previous_ms")
    private Long sincePreviousMs;

    protected ProjectEventEntity() {
    }

    /** A completed step, which took {@code took} since the project's previous milestone. */
    static ProjectEventEntity stepCompleted(ProjectId project, Instant at, String step, String actor, String outcome,
                                            java.time.Duration took) {
        ProjectEventEntity event = new ProjectEventEntity(project, at, Kind.STEP_COMPLETED, step, actor, outcome, null);
        event.sincePreviousMs = took.toMillis();
        return event;
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

    /** Staff's completion request, when this event is one. */
    Optional<CompletionRequest> toCompletionRequest() {
        return kind != Kind.COMPLETION_REQUESTED ? Optional.empty()
                : Optional.of(new CompletionRequest(step, detail,
                        LocalDate.parse(outcome), actor, occurredAt));
    }

    UUID id() {
        return id;
    }

    String step() {
        return step;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    StepCompletion toStepCompletion() {
        return new StepCompletion(step, actor, occurredAt, outcome);
    }
}

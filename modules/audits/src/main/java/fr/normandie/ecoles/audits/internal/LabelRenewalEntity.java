package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.RenewalSchedule;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** The next re-audit of a labelled school: when it is due, and whether the reminder went out or it is overdue. */
@Entity
@Table(name = "label_renewal", schema = "audits")
@NamedQuery(name = "LabelRenewal.scheduled", query = "select r from LabelRenewalEntity r "
        + "where r.dueOn is not null order by r.dueOn")
@NamedQuery(name = "LabelRenewal.scheduledOf", query = "select r from LabelRenewalEntity r "
        + "where r.projectId in :projects and r.dueOn is not null")
public class LabelRenewalEntity {

    @Id
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "remind_on")
    private LocalDate remindOn;
    @Column(name = "scheduled_at")
    private LocalDateTime scheduledAt;
    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;
    @Column(name = "overdue_since")
    private LocalDateTime overdueSince;
    @Column(name = "ended_at")
    private LocalDateTime endedAt;
    @Column(name = "end_reason")
    private String endReason;

    protected LabelRenewalEntity() {
    }

    LabelRenewalEntity(ProjectId project) {
        this.projectId = project.value();
    }

    void schedule(RenewalSchedule schedule, LocalDateTime at) {
        this.dueOn = schedule.dueOn();
        this.remindOn = schedule.remindOn();
        this.scheduledAt = at;
        this.remindedAt = null;
        this.overdueSince = null;
        this.endedAt = null;
        this.endReason = null;
    }

    /** The pending re-audit ends without taking place; nothing is scheduled until the renewal starts again. */
    void ended(String reason, LocalDateTime at) {
        this.dueOn = null;
        this.remindOn = null;
        this.overdueSince = null;
        this.endedAt = at;
        this.endReason = reason;
    }

    void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    void overdue(LocalDateTime at) {
        this.overdueSince = at;
    }

    /** The re-audit took place: nothing is scheduled until the renewal process schedules the next one. */
    void reAuditRecorded() {
        this.dueOn = null;
        this.remindOn = null;
        this.overdueSince = null;
    }

    /** Null when no re-audit is scheduled. */
    LocalDate dueOn() {
        return dueOn;
    }

    ScheduledRenewal toScheduled() {
        return new ScheduledRenewal(new ProjectId(projectId), dueOn, remindOn, remindedAt != null, overdueSince != null);
    }
}

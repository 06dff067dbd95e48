package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionForm;
import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A corrective action decided by an audit; later audits review it until one verifies it. */
@Entity
@Table(name = "corrective_action", schema = "audits")
@NamedQuery(name = "CorrectiveAction.openOfProject", query = "select a from CorrectiveActionEntity a "
        + "where a.projectId = :project and a.status <> fr.normandie.ecoles.audits.ActionStatus.VERIFIED "
        + "order by a.dueOn, a.position")
@NamedQuery(name = "CorrectiveAction.open", query = "select a from CorrectiveActionEntity a "
        + "where a.status <> fr.normandie.ecoles.audits.ActionStatus.VERIFIED order by a.dueOn, a.position")
@NamedQuery(name = "CorrectiveAction.openOf", query = "select a from CorrectiveActionEntity a where a.projectId in :projects "
        + "and a.status <> fr.normandie.ecoles.audits.ActionStatus.VERIFIED order by a.dueOn, a.position")
@NamedQuery(name = "CorrectiveAction.fallingDueUntold", query = "select a from CorrectiveActionEntity a "
        + "where a.status = fr.normandie.ecoles.audits.ActionStatus.OPEN and a.dueNoticeAt is null "
        + "and a.dueOn between :from and :until order by a.dueOn, a.id")
public class CorrectiveActionEntity {

    @Id
    private UUID id;
    @ManyToOne
    @JoinColumn(name = "finding_id")
    private FindingEntity finding;
    @Column(name = "project_id")
    private UUID projectId;
    private int position;
    private String description;
    @Column(name = "owner_name")
    private String owner;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    /** When its falling due was told (issue 15); written only by {@link JpaDueActions}' conditional update. */
    @Column(name = "due_notice_at", insertable = false, updatable = false)
    private LocalDateTime dueNoticeAt;

    protected CorrectiveActionEntity() {
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    CorrectiveActionEntity(FindingEntity finding, UUID projectId, int position, ActionForm form, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.finding = finding;
        this.projectId = projectId;
        this.position = position;
        this.description = form.description().strip();
        this.owner = form.owner().strip();
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
    }

    /** An audit found it so (each audit's reviews are kept with the audit). */
    void review(ActionStatus status) {
        this.status = status;
    }

    CorrectiveAction toAction() {
        return new CorrectiveAction(id, finding.auditId(), finding.severity(), description, owner, dueOn, status);
    }
}

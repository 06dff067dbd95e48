package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.RenewalSchedule;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaLabelRenewals implements LabelRenewals {

    private static final Logger LOG = Logger.getLogger(JpaLabelRenewals.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LabelAudits audits;

    @Inject
    AuditSettings settings;

    @Inject
    Clock clock;

    @Inject
    JpaLabelDecisions decisions;

    /**
     * Counted from the audit that last granted the label, or the day the label of a school older than the software
     * was granted (or from today if none did).
     */
    @Override
    @Transactional
    public RenewalSchedule schedule(ProjectId project) {
        LocalDate labelledOn = Stream.concat(decisions.grantsOf(project).stream(), audits.ofProject(project).stream())
                .filter(audit -> audit.outcome() == LabelOutcome.LABELLED)
                .map(LabelAudit.Summary::auditedOn)
                .max(Comparator.naturalOrder())
                .orElse(clock.today());
        LocalDate due = labelledOn.plus(settings.renewalInterval());
        LocalDate remind = due.minus(settings.renewalRemindBefore());
        RenewalSchedule schedule = new RenewalSchedule(due, remind.isBefore(clock.today()) ? clock.today() : remind);
        renewal(project).schedule(schedule, clock.nowUtc());
        return schedule;
    }

    @Override
    @Transactional
    public void reminded(ProjectId project) {
        renewal(project).reminded(clock.nowUtc());
        LOG.info(() -> "Relance : l'audit de renouvellement du label de l'école " + project + " approche.");
    }

    @Override
    @Transactional
    public void overdue(ProjectId project) {
        renewal(project).overdue(clock.nowUtc());
        LOG.info(() -> "L'audit de renouvellement de l'école " + project + " est en retard : le label est échu.");
    }

    @Override
    @Transactional
    public void ended(ProjectId project, String reason) {
        renewal(project).ended(reason, clock.nowUtc());
        LOG.info(() -> "L'audit de renouvellement de l'école " + project + " ne sera pas mené : " + reason);
    }

    @Override
    public List<ScheduledRenewal> scheduled() {
        return em.createNamedQuery("LabelRenewal.scheduled", LabelRenewalEntity.class).getResultList().stream()
                .map(LabelRenewalEntity::toScheduled).toList();
    }

    private LabelRenewalEntity renewal(ProjectId project) {
        LabelRenewalEntity renewal = em.find(LabelRenewalEntity.class, project.value());
        if (renewal == null) {
            renewal = new LabelRenewalEntity(project);
            em.persist(renewal);
        }
        return renewal;
    }
}

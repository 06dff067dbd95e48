package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.DuePayments;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.TellOnce;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.Period;

/**
 * Tells of the instalments falling due, in one transaction, each once ({@link TellOnce}); the notifications queue
 * the mails in this same transaction. Runs outside any engine command.
 */
@ApplicationScoped
public class JpaDuePayments implements DuePayments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Projects projects;

    @Inject
    Event<Notice> notices;

    @Override
    @Transactional
    public int tellFallingDue(Period lead) {
        LocalDate today = clock.today();
        return TellOnce.tellEach(em.createNamedQuery("ScheduleLineEntity.fallingDueUntold", ScheduleLineEntity.class)
                        .setParameter("from", today).setParameter("until", today.plus(lead)).getResultList(),
                line -> TellOnce.markTold(em, "funding.schedule_line", line.id(), clock.nowUtc()), this::noticeOf,
                notices::fire);
    }

    /** To the funding officers, who pay it: the line as the schedule names it, and what is left to pay. */
    private Notice noticeOf(ScheduleLineEntity line) {
        ProjectId project = em.find(SubsidyDecisionEntity.class, line.decisionId().value()).projectId();
        String what = dueLine(line.number(), line.kind().label(), Euros.format(line.toPay()));
        return Notice.toRole(Notice.Kind.PAYMENT_DUE, Role.FUNDING,
                projects.find(project).map(ProjectSummary::name).orElse(project.toString()), what, line.dueOn(),
                "funding/subsidy.xhtml?id=" + line.decisionId().value());
    }

    /** How the mail names the instalment: {@code Ligne 2 — Acompte, 250 000,00 € à verser}. */
    static String dueLine(int number, String kind, String toPay) {
        return "Ligne " + number + " — " + kind + ", " + toPay + " à verser";
    }
}

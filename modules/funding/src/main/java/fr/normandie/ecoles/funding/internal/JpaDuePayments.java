package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.DuePayments;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.TellOnce;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells of the instalments falling due, in one transaction, each once ({@link TellOnce}): a subsidy's schedule lines, a
 * grant's next instalment (by year) and its balance once the use report justified it. The notifications queue the
 * mails in this same transaction. Runs outside any engine command.
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
    Schools schools;

    @Inject
    Event<Notice> notices;

    @Override
    @Transactional
    public int tellFallingDue(Period lead) {
        LocalDate today = clock.today();
        int told = TellOnce.tellEach(em.createNamedQuery("ScheduleLineEntity.fallingDueUntold", ScheduleLineEntity.class)
                        .setParameter("from", today).setParameter("until", today.plus(lead)).getResultList(),
                line -> TellOnce.markTold(em, "funding.schedule_line", line.id(), clock.nowUtc()), this::noticeOf,
                notices::fire);
        told += TellOnce.tellEach(grantInstalmentsDueBy(today.plus(lead)), this::markTold, this::noticeOf, notices::fire);
        told += TellOnce.tellEach(em.createNamedQuery("GrantEntity.balanceUntold", GrantEntity.class)
                        .setParameter("status", GrantStatus.BALANCE_DUE).getResultList(),
                grant -> TellOnce.markTold(em, "funding.school_grant", grant.id().value(), clock.nowUtc()),
                this::balanceNoticeOf, notices::fire);
        return told;
    }

    /**
     * A grant being paid, its next instalment (the first year not fully paid) and the day it falls due, computed as the
     * grants' pages compute it ({@link JpaGrants#nextPaymentDue}): grants have no schedule rows.
     */
    record GrantInstalment(GrantEntity grant, GrantYearEntity year, LocalDate dueOn) {
    }

    /**
     * The next instalments of the grants being paid due by that day and not told of yet, in (due day, grant) order.
     * Unlike a schedule's lines, an instalment already past due is told too: a grant's instalment falls due on the
     * day its agreement is signed, often recorded a few days later, and it stays owed until paid.
     */
    private List<GrantInstalment> grantInstalmentsDueBy(LocalDate until) {
        List<GrantEntity> paying = em.createNamedQuery("GrantEntity.inStatus", GrantEntity.class)
                .setParameter("statuses", List.of(GrantStatus.PAYING)).getResultList().stream()
                .filter(g -> g.kind() != GrantKind.OPENING).toList();
        if (paying.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<GrantYearEntity>> years = em.createNamedQuery("GrantYearEntity.ofGrants", GrantYearEntity.class)
                .setParameter("grants", paying.stream().map(g -> g.id().value()).toList()).getResultStream()
                .collect(Collectors.groupingBy(GrantYearEntity::grantId));
        List<GrantInstalment> due = new ArrayList<>();
        for (GrantEntity grant : paying) {
            List<GrantYearEntity> ofGrant = years.getOrDefault(grant.id().value(), List.of());
            LocalDate dueOn = JpaGrants.nextPaymentDue(grant, ofGrant);
            ofGrant.stream().filter(y -> y.paid().compareTo(y.granted()) < 0).findFirst()
                    .filter(year -> dueOn != null && !dueOn.isAfter(until) && !year.told())
                    .ifPresent(year -> due.add(new GrantInstalment(grant, year, dueOn)));
        }
        due.sort(Comparator.comparing(GrantInstalment::dueOn).thenComparing(i -> i.grant().id().value()));
        return due;
    }

    private boolean markTold(GrantInstalment instalment) {
        return em.createNamedQuery("GrantYearEntity.markTold").setParameter("at", clock.nowUtc())
                .setParameter("grant", instalment.grant().id().value()).setParameter("year", instalment.year().year())
                .executeUpdate() == 1;
    }

    private Notice noticeOf(GrantInstalment instalment) {
        GrantYearEntity year = instalment.year();
        BigDecimal payable = year.granted().subtract(year.paid()).min(instalment.grant().instalmentsLeft());
        return grantNotice(instalment.grant(), "Versement de l'année " + year.year() + ", jusqu'à "
                + Euros.format(payable) + " à verser avant le solde", instalment.dueOn());
    }

    private Notice balanceNoticeOf(GrantEntity grant) {
        return grantNotice(grant, "Solde, " + Euros.format(grant.granted().subtract(grant.paid())) + " à verser",
                grant.reportReceivedOn());
    }

    /** To the funding officers, linking to the grant's page, about the school (or the project) it goes to. */
    private Notice grantNotice(GrantEntity grant, String what, LocalDate due) {
        String about = grant.schoolId() != null
                ? schools.find(grant.schoolId()).map(School::name).orElse(grant.id().toString())
                : projects.find(new ProjectId(grant.projectId())).map(ProjectSummary::name).orElse(grant.id().toString());
        return Notice.toRole(Notice.Kind.PAYMENT_DUE, Role.FUNDING, about, what, due,
                "funding/grant.xhtml?id=" + grant.id().value());
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

package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.GrantSummary;
import fr.normandie.ecoles.funding.UnknownGrantException;
import fr.normandie.ecoles.funding.UseOfGrantForm;
import fr.normandie.ecoles.funding.UseOfGrantReport;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.funding.UseReportMissingException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ReportDecision;
import fr.normandie.ecoles.schools.ReportLockedException;
import fr.normandie.ecoles.schools.ReportRules;
import fr.normandie.ecoles.schools.ReportState;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The schools' use-of-grant reports (issue 16). Each change checks the caller's role, then that a carrier reaches
 * the grant (its own school's; any other is unknown to it), then the form, the grant's state and the report's state
 * and version, and only then writes: a refusal writes nothing. The people concerned are told in the transaction.
 */
@ApplicationScoped
public class JpaUseOfGrantReports implements UseOfGrantReports {

    /** A grant is reported on once voted, until it is closed. */
    private static final Set<GrantStatus> REPORTABLE = Set.of(GrantStatus.VOTED, GrantStatus.PAYING,
            GrantStatus.REPORT_DUE, GrantStatus.BALANCE_DUE);
    /** A grant whose reports are shown: voted, whatever became of it since. */
    private static final Set<GrantStatus> VOTED = Set.of(GrantStatus.VOTED, GrantStatus.PAYING, GrantStatus.REPORT_DUE,
            GrantStatus.BALANCE_DUE, GrantStatus.PAID, GrantStatus.BALANCE_WITHHELD);

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaGrants grants;

    @Inject
    Schools schools;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @Override
    public List<ReportableGrant> ofSchool(Caller caller, UUID school) {
        School found = schools.find(school).filter(s -> caller.sees(s.carrierId()))
                .orElseThrow(() -> new UnknownSchoolException(String.valueOf(school)));
        List<GrantSummary> voted = grants.list(school, null).stream()
                .filter(g -> g.kind() != GrantKind.OPENING && VOTED.contains(g.status())).toList();
        if (voted.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UseOfGrantReport>> reports = em.createNamedQuery("UseOfGrantReportEntity.ofGrants",
                        UseOfGrantReportEntity.class)
                .setParameter("grants", voted.stream().map(g -> UUID.fromString(g.id())).toList()).getResultStream()
                .collect(Collectors.groupingBy(UseOfGrantReportEntity::grantId, Collectors.mapping(
                        r -> r.toReport(school, found.name(), kindOf(voted, r.grantId())), Collectors.toList())));
        return voted.stream().map(g -> new ReportableGrant(g, reports.getOrDefault(UUID.fromString(g.id()), List.of())))
                .toList();
    }

    @Override
    public List<UseOfGrantReport> ofGrant(Caller caller, GrantId id) {
        GrantEntity grant = reachable(caller, id);
        String name = schoolName(grant);
        return em.createNamedQuery("UseOfGrantReportEntity.ofGrants", UseOfGrantReportEntity.class)
                .setParameter("grants", List.of(id.value())).getResultStream()
                .map(r -> r.toReport(grant.schoolId(), name, grant.kind())).toList();
    }

    @Override
    @Transactional
    public UseOfGrantReport file(Caller caller, GrantId id, UseOfGrantForm form, Long version) {
        caller.requireAny("Seuls le porteur de l'école et les chargés de financement déposent un compte rendu "
                + "d'utilisation de la subvention.", Role.CARRIER, Role.FUNDING);
        GrantEntity grant = reachable(caller, id);
        Inputs.requireValid(validator, form);
        if (!REPORTABLE.contains(grant.status())) {
            throw new FundingConflictException("Le compte rendu d'utilisation se dépose sur une subvention votée et pas "
                    + "encore soldée ; celle-ci est à l'état " + grant.status() + ". Rien n'a été enregistré.");
        }
        int last = grant.firstYear() + grant.years() - 1;
        if (form.year() < grant.firstYear() || form.year() > last) {
            throw new InvalidInputException("year", "Cette subvention porte sur les années " + grant.firstYear()
                    + " à " + last + ".");
        }
        UseOfGrantReportEntity report = em.find(UseOfGrantReportEntity.class,
                new UseOfGrantReportEntity.Key(id.value(), form.year()));
        if (report != null && report.state() == ReportState.VALIDATED && caller.isCarrier()) {
            throw new ReportLockedException("Le compte rendu " + form.year() + " est validé par la Région : il ne peut "
                    + "plus être modifié.");
        }
        ReportRules.requireCurrent(report == null ? null : report.version(), version);
        if (report == null) {
            report = new UseOfGrantReportEntity(id.value(), form.year());
            report.file(form, caller.name(), clock.nowUtc(), !caller.isCarrier());
            em.persist(report);
        } else {
            report.file(form, caller.name(), clock.nowUtc(), !caller.isCarrier());
        }
        em.flush();
        String name = schoolName(grant);
        if (caller.isCarrier()) {
            notices.fire(Notice.toRole(Notice.Kind.REPORT_SUBMITTED, Role.FUNDING, name,
                    "Compte rendu d'utilisation de la subvention " + form.year() + " à valider", null, grantPage(id)));
        }
        return report.toReport(grant.schoolId(), name, grant.kind());
    }

    @Override
    @Transactional
    public UseOfGrantReport validate(Caller caller, GrantId id, int year, ReportDecision decision) {
        requireFundingOfficer(caller, "valident");
        GrantEntity grant = reachable(caller, id);
        UseOfGrantReportEntity report = submitted(id, year, decision);
        report.validated(caller.name(), clock.nowUtc());
        em.flush();
        return told(grant, report, Notice.Kind.REPORT_VALIDATED,
                "Compte rendu d'utilisation de la subvention " + year + " validé");
    }

    @Override
    @Transactional
    public UseOfGrantReport sendBack(Caller caller, GrantId id, int year, ReportDecision decision) {
        requireFundingOfficer(caller, "renvoient");
        GrantEntity grant = reachable(caller, id);
        String reason = ReportRules.requireReason(decision);
        UseOfGrantReportEntity report = submitted(id, year, decision);
        report.sentBack(reason);
        em.flush();
        return told(grant, report, Notice.Kind.REPORT_RETURNED,
                "Compte rendu d'utilisation de la subvention " + year + " à corriger : " + reason);
    }

    /** The balance of a grant for a year waits for that year's validated report: checked before anything is written. */
    void requireValidatedReport(GrantId grant, int year) {
        if (em.createNamedQuery("UseOfGrantReportEntity.validated", Long.class).setParameter("grant", grant.value())
                .setParameter("year", year).getSingleResult() == 0) {
            throw new UseReportMissingException(year);
        }
    }

    /** The grant to an open school, if the caller reaches it: a carrier only its own schools', unknown otherwise. */
    private GrantEntity reachable(Caller caller, GrantId id) {
        GrantEntity grant = em.find(GrantEntity.class, id.value());
        if (grant == null || grant.schoolId() == null || grant.kind() == GrantKind.OPENING
                || caller.isCarrier() && !schools.find(grant.schoolId()).map(s -> caller.sees(s.carrierId())).orElse(false)) {
            throw new UnknownGrantException(id.toString());
        }
        return grant;
    }

    private UseOfGrantReportEntity submitted(GrantId id, int year, ReportDecision decision) {
        Inputs.requireValid(validator, decision);
        UseOfGrantReportEntity report = em.find(UseOfGrantReportEntity.class, new UseOfGrantReportEntity.Key(id.value(), year));
        ReportRules.requireSubmitted(report == null ? null : report.state(), "Aucun compte rendu " + year
                + " de cette subvention");
        ReportRules.requireCurrent(report.version(), decision.version());
        return report;
    }

    private UseOfGrantReport told(GrantEntity grant, UseOfGrantReportEntity report, Notice.Kind kind, String what) {
        Optional<School> school = schools.find(grant.schoolId());
        String name = school.map(School::name).orElse("");
        school.ifPresent(s -> notices.fire(Notice.toCarrier(kind, s.carrierId(), name, what, null,
                "carrier/reports.xhtml?school=" + s.id())));
        return report.toReport(grant.schoolId(), name, grant.kind());
    }

    private static void requireFundingOfficer(Caller caller, String verb) {
        caller.requireAny("Seuls les chargés de financement " + verb + " les comptes rendus d'utilisation des "
                + "subventions.", Role.FUNDING);
    }

    private String schoolName(GrantEntity grant) {
        return schools.find(grant.schoolId()).map(School::name).orElse("");
    }

    private static GrantKind kindOf(List<GrantSummary> grants, UUID grant) {
        return grants.stream().filter(g -> g.id().equals(grant.toString())).findFirst().map(GrantSummary::kind)
                .orElse(null);
    }

    private static String grantPage(GrantId id) {
        return "funding/grant.xhtml?id=" + id;
    }
}

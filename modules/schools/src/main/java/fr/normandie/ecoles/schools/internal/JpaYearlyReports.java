package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ReportDecision;
import fr.normandie.ecoles.schools.ReportLockedException;
import fr.normandie.ecoles.schools.ReportRules;
import fr.normandie.ecoles.schools.ReportState;
import fr.normandie.ecoles.schools.ResultsReport;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.schools.YearlyReports;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.UUID;

/**
 * The school's own yearly results (issue 16). Each change checks the caller's role, then that a carrier reaches the
 * school (another carrier's school is unknown to it), then the figures, then the year's state and version, and only
 * then writes: a refusal writes nothing. The people concerned are told in the same transaction.
 */
@ApplicationScoped
public class JpaYearlyReports implements YearlyReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaSchools schools;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @Override
    public List<ResultsReport> ofSchool(Caller caller, UUID school) {
        SchoolEntity entity = reachable(caller, school);
        return em.createNamedQuery("SchoolResultEntity.reportsOf", SchoolResultEntity.class)
                .setParameter("school", school).getResultStream().map(r -> r.toReport(entity.name())).toList();
    }

    @Override
    @Transactional
    public ResultsReport submit(Caller caller, UUID school, YearlyResults sent, Long version) {
        caller.requireAny("Seul le porteur de l'école dépose ses résultats pour validation ; les services de la Région "
                + "les enregistrent directement.", Role.CARRIER);
        SchoolEntity entity = reachable(caller, school);
        schools.requireValidResults(school, sent);
        SchoolResultEntity row = em.find(SchoolResultEntity.class, new SchoolResultEntity.Key(school, sent.schoolYear()));
        if (row != null && row.state() == ReportState.VALIDATED) {
            throw new ReportLockedException("Les résultats " + years(sent.schoolYear()) + " sont validés par la Région : "
                    + "ils ne peuvent plus être modifiés. Écrivez à votre chargé de mission pour les corriger.");
        }
        ReportRules.requireCurrent(row == null ? null : row.version(), version);
        row = schools.resultRow(school, sent.schoolYear());
        row.submit(sent.withTotals(), caller.name(), clock.now());
        em.flush();
        notices.fire(Notice.toRole(Notice.Kind.REPORT_SUBMITTED, Role.STAFF, entity.name(),
                "Résultats " + years(sent.schoolYear()) + " à valider", null, staffPage(school)));
        return row.toReport(entity.name());
    }

    @Override
    @Transactional
    public ResultsReport validate(Caller caller, UUID school, int schoolYear, ReportDecision decision) {
        requireValidator(caller);
        SchoolEntity entity = schools.school(school);
        SchoolResultEntity row = submittedRow(school, schoolYear, decision);
        row.validated(caller.name(), clock.now());
        em.flush();
        notices.fire(Notice.toCarrier(Notice.Kind.REPORT_VALIDATED, entity.carrier().id(), entity.name(),
                "Résultats " + years(schoolYear) + " validés", null, carrierPage(school)));
        return row.toReport(entity.name());
    }

    @Override
    @Transactional
    public ResultsReport sendBack(Caller caller, UUID school, int schoolYear, ReportDecision decision) {
        requireValidator(caller);
        SchoolEntity entity = schools.school(school);
        String reason = ReportRules.requireReason(decision);
        SchoolResultEntity row = submittedRow(school, schoolYear, decision);
        row.sentBack(reason);
        em.flush();
        notices.fire(Notice.toCarrier(Notice.Kind.REPORT_RETURNED, entity.carrier().id(), entity.name(),
                "Résultats " + years(schoolYear) + " à corriger : " + reason, null, carrierPage(school)));
        return row.toReport(entity.name());
    }

    /** The school, if the caller reaches it: a carrier only its own, answered as unknown otherwise. */
    private SchoolEntity reachable(Caller caller, UUID school) {
        SchoolEntity entity = em.find(SchoolEntity.class, school);
        if (entity == null || !caller.sees(entity.carrier().id())) {
            throw new UnknownSchoolException(String.valueOf(school));
        }
        return entity;
    }

    /** The year's submitted results, on the version the decision was taken on. */
    private SchoolResultEntity submittedRow(UUID school, int schoolYear, ReportDecision decision) {
        Inputs.requireValid(validator, decision);
        SchoolResultEntity row = em.find(SchoolResultEntity.class, new SchoolResultEntity.Key(school, schoolYear));
        ReportRules.requireSubmitted(row == null ? null : row.state(), "Aucun résultat " + years(schoolYear)
                + " de cette école");
        ReportRules.requireCurrent(row.version(), decision.version());
        return row;
    }

    private static void requireValidator(Caller caller) {
        caller.requireAny("Seuls les chargés de mission et les administrateurs valident les résultats d'une école.",
                Role.STAFF, Role.ADMIN);
    }

    private static String years(int schoolYear) {
        return schoolYear + "-" + (schoolYear + 1);
    }

    private static String staffPage(UUID school) {
        return "schools/results.xhtml?id=" + school;
    }

    private static String carrierPage(UUID school) {
        return "carrier/reports.xhtml?school=" + school;
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidResultsException;
import fr.normandie.ecoles.schools.ResultsForbiddenException;
import fr.normandie.ecoles.schools.DuplicateSchoolException;
import fr.normandie.ecoles.schools.NetworkFigures;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolResults;
import fr.normandie.ecoles.schools.StateRecognition;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.schools.YearlyResults;
import fr.normandie.ecoles.schools.SchoolRegistration;
import fr.normandie.ecoles.schools.Schools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class JpaSchools implements Schools {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    JpaCarriers carriers;

    @Inject
    JpaSchoolStatuses schoolStatuses;

    @Override
    public Optional<School> find(UUID id) {
        return Optional.ofNullable(em.find(SchoolEntity.class, id)).map(SchoolEntity::toSchool);
    }

    @Override
    @Transactional
    public School recordRecognition(UUID schoolId, StateRecognition recognition, Caller caller) {
        requireRegistrar(caller, "enregistrer la reconnaissance de l'État d'une école");
        Inputs.requireValid(validator, recognition);
        SchoolEntity school = school(schoolId);
        school.recognise(recognition);
        return school.toSchool();
    }

    @Override
    @Transactional
    public YearlyResults recordResults(Caller caller, UUID schoolId, YearlyResults sent) {
        if (!caller.has(Role.STAFF) && !caller.has(Role.ADMIN)) {
            throw new ResultsForbiddenException();
        }
        requireValidResults(schoolId, sent);
        YearlyResults results = sent.withTotals();
        SchoolResultEntity row = resultRow(schoolId, results.schoolYear());
        row.recordValidated(results, caller.name(), clock.now());
        return row.toResults();
    }

    /** Checks results against their bounds and rules for an existing school, which it answers. */
    SchoolEntity requireValidResults(UUID schoolId, YearlyResults sent) {
        Inputs.requireValid(validator, sent);
        SchoolEntity school = school(schoolId);
        List<FieldReason> reasons = ResultsRules.check(sent, school.toSchool().openedOn(), clock.today());
        if (!reasons.isEmpty()) {
            throw new InvalidResultsException(reasons);
        }
        return school;
    }

    /** The school year's row, new (and persisted) when the year has none yet. */
    SchoolResultEntity resultRow(UUID schoolId, int schoolYear) {
        SchoolResultEntity row = em.find(SchoolResultEntity.class, new SchoolResultEntity.Key(schoolId, schoolYear));
        if (row == null) {
            row = new SchoolResultEntity(schoolId, schoolYear);
            em.persist(row);
        }
        return row;
    }

    @Override
    public List<YearlyResults> results(UUID schoolId) {
        school(schoolId);
        return em.createNamedQuery("SchoolResultEntity.ofSchool", SchoolResultEntity.class)
                .setParameter("school", schoolId).getResultList().stream().map(SchoolResultEntity::toResults).toList();
    }

    /** Two queries: the schools, then all results. */
    @Override
    public List<SchoolResults> allResults() {
        return withSchools(em.createNamedQuery("SchoolResultEntity.all", SchoolResultEntity.class).getResultList());
    }

    /** The results of the school years that started in {@code lastYear} or before, with their schools. */
    List<SchoolResults> resultsStartedBy(int lastYear) {
        return withSchools(em.createNamedQuery("SchoolResultEntity.startedBy", SchoolResultEntity.class)
                .setParameter("lastYear", lastYear).getResultList());
    }

    private List<SchoolResults> withSchools(List<SchoolResultEntity> rows) {
        Map<UUID, SchoolEntity> schools = em.createNamedQuery("SchoolEntity.all", SchoolEntity.class).getResultList()
                .stream().collect(Collectors.toMap(s -> s.toSchool().id(), s -> s));
        return rows.stream()
                .map(r -> {
                    SchoolEntity school = schools.get(r.schoolId());
                    return new SchoolResults(r.schoolId(), school.name(), school.departmentCode(), r.toResults());
                })
                .sorted(java.util.Comparator.comparing(SchoolResults::schoolName)
                        .thenComparing(r -> r.results().schoolYear()))
                .toList();
    }

    /** The schools open on that day and their places, the net openings by year (two queries), the latest school year's totals. */
    @Override
    public NetworkFigures figures(LocalDate asOf) {
        // only the schools open on that day count: a suspended or closed school no longer does
        List<JpaSchoolStatuses.OpenSchool> open = schoolStatuses.openOn(asOf);
        long places = open.stream().mapToLong(JpaSchoolStatuses.OpenSchool::capacity).sum();
        SortedMap<Integer, Integer> openedByYear = schoolStatuses.netOpeningsByYear(asOf);
        Optional<NetworkFigures.YearTotals> latest = em.createQuery("select r.schoolYear, sum(r.pupils), "
                        + "sum(r.leaversJob), sum(r.leaversFurtherStudy), sum(r.leaversApprenticeship), sum(r.leaversOther) "
                        + "from SchoolResultEntity r where r.state = fr.normandie.ecoles.schools.ReportState.VALIDATED "
                        + "and r.schoolYear = (select max(l.schoolYear) from SchoolResultEntity l "
                        + "where l.state = fr.normandie.ecoles.schools.ReportState.VALIDATED) group by r.schoolYear", Object[].class)
                .getResultStream().findFirst()
                .map(row -> new NetworkFigures.YearTotals(((Number) row[0]).intValue(), longOf(row[1]),
                        longOf(row[2]) + longOf(row[3]) + longOf(row[4]) + longOf(row[5]), longOf(row[2]) + longOf(row[4])));
        return new NetworkFigures(open.size(), places, openedByYear, latest);
    }

    /**
     * Each column is summed alone (a sum of integers is a {@code bigint} in the database) and added up here
     * as {@code long}: adding the columns inside the query would be {@code integer} arithmetic, which
     * overflows on one absurd row and fails the whole dashboard.
     */
    private static long longOf(Object sum) {
        return ((Number) sum).longValue();
    }

    /** The registry is kept by the project officers and the administrators. */
    private static void requireRegistrar(Caller caller, String action) {
        caller.requireAny("Seuls les chargés de mission et les administrateurs peuvent " + action + ".",
                Role.STAFF, Role.ADMIN);
    }

    SchoolEntity school(UUID id) {
        SchoolEntity school = em.find(SchoolEntity.class, id);
        if (school == null) {
            throw new UnknownSchoolException(id.toString());
        }
        return school;
    }

    @Override
    public List<School> all(Caller caller) {
        if (!caller.isCarrier()) {
            return all();
        }
        return em.createNamedQuery("SchoolEntity.allOfCarrier", SchoolEntity.class)
                .setParameter("carrier", caller.carrierId()).getResultList().stream().map(SchoolEntity::toSchool).toList();
    }

    @Override
    public Optional<School> find(UUID id, Caller caller) {
        if (!caller.isCarrier()) {
            return find(id);
        }
        return em.createNamedQuery("SchoolEntity.ofCarrier", SchoolEntity.class)
                .setParameter("id", id).setParameter("carrier", caller.carrierId())
                .getResultStream().findFirst().map(SchoolEntity::toSchool);
    }

    @Override
    public List<School> all() {
        return em.createNamedQuery("SchoolEntity.all", SchoolEntity.class).getResultList().stream()
                .map(SchoolEntity::toSchool).toList();
    }

    Optional<School> ofProject(ProjectId project) {
        return em.createNamedQuery("SchoolEntity.ofProject", SchoolEntity.class).setParameter("project", project.value())
                .getResultList().stream().findFirst().map(SchoolEntity::toSchool);
    }

    @Override
    @Transactional
    public School register(SchoolRegistration registration, Caller caller) {
        requireRegistrar(caller, "inscrire une école au registre");
        Inputs.requireValid(validator, registration);
        SchoolEntity school = new SchoolEntity(registration.name(), carriers.carrierFor(registration.carrierChoice()),
                registration.departmentCode(), registration.communeCode(), registration.trades(),
                registration.openedOn(), registration.capacity(), null, null);
        add(school);
        return school.toSchool();
    }

    /**
     * Adds a school to the registry, refusing a second school of the same name in the same commune.
     * The unique key on (name, commune) stays the last word for two openings racing each other.
     */
    void add(SchoolEntity school) {
        Long sameName = em.createNamedQuery("SchoolEntity.nameInCommune", Long.class)
                .setParameter("name", school.name()).setParameter("commune", school.communeCode())
                .getSingleResult();
        if (sameName > 0) {
            throw new DuplicateSchoolException(school.name(), school.communeCode());
        }
        em.persist(school);
    }
}

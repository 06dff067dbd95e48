package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolFiles;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusChange;
import fr.normandie.ecoles.schools.SchoolStatuses;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSchoolStatuses implements SchoolStatuses, SchoolFiles {

    /** Who registered the file of a school older than the software. */
    static final String REGISTRY = "registre des écoles";

    /** A school open on a day, as coverage and the network's figures count it. */
    record OpenSchool(String departmentCode, LocalDate openedOn, int capacity) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public SchoolStatusChange record(UUID schoolId, SchoolChangeForm form, Caller caller) {
        if (!caller.has(Role.STAFF) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Seuls les chargés de mission et les administrateurs suspendent, rouvrent ou "
                    + "ferment une école.");
        }
        Inputs.requireValid(validator, form);
        // one change at a time per school: two closures sent together do not both pass the check
        SchoolEntity school = em.find(SchoolEntity.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            throw new UnknownSchoolException(schoolId.toString());
        }
        OpenPeriods.requireAllowed(school.openedOn(), changesOf(schoolId).stream()
                .map(SchoolStatusChangeEntity::toChange).toList(), form);
        SchoolStatusChangeEntity change = new SchoolStatusChangeEntity(schoolId, form, caller.name(), clock.now());
        em.persist(change);
        return change.toStatusChange();
    }

    @Override
    public List<SchoolStatusChange> changes(UUID schoolId) {
        school(schoolId);
        return changesOf(schoolId).stream().map(SchoolStatusChangeEntity::toStatusChange).toList();
    }

    @Override
    public SchoolStatus statusOn(UUID schoolId, LocalDate day) {
        return OpenPeriods.statusOn(school(schoolId).openedOn(), changesOf(schoolId).stream()
                .map(SchoolStatusChangeEntity::toChange).toList(), day);
    }

    @Override
    @Transactional
    public ProjectId fileOf(UUID schoolId) {
        SchoolEntity school = em.find(SchoolEntity.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            throw new UnknownSchoolException(schoolId.toString());
        }
        if (school.projectId() != null) {
            return new ProjectId(school.projectId());
        }
        School registered = school.toSchool();
        Instant openedAt = school.openedOn().atStartOfDay(Clock.REGION).toInstant();
        ProjectId file = ProjectId.random();
        ProjectEntity project = new ProjectEntity(file, new ProjectRegistration(registered.name(),
                registered.carrier(), registered.departmentCode(), registered.communeCode(), registered.trades(),
                registered.capacity(), registered.openedOn()), school.carrier(), REGISTRY, openedAt);
        project.end(ProjectStatus.OPEN, "École ouverte avant le logiciel, inscrite au registre.", openedAt);
        em.persist(project);
        em.persist(new ProjectEventEntity(file, openedAt, ProjectEventEntity.Kind.OPENED, null, REGISTRY, null,
                "École ouverte avant le logiciel."));
        school.attachFile(file);
        return file;
    }

    /** Two queries whatever the number of schools: the schools, then every change. */
    List<OpenSchool> openOn(LocalDate day) {
        Map<UUID, List<OpenPeriods.Change>> changes = allChanges();
        return em.createNamedQuery("SchoolEntity.all", SchoolEntity.class).getResultList().stream()
                .filter(s -> OpenPeriods.statusOn(s.openedOn(), changes.getOrDefault(s.id(), List.of()), day)
                        == SchoolStatus.OPEN)
                .map(s -> new OpenSchool(s.departmentCode(), s.openedOn(), s.capacity()))
                .toList();
    }

    /** Openings less suspensions and closures (and plus resumptions) by year, up to the day: their running sum is the number of schools open. */
    SortedMap<Integer, Integer> netOpeningsByYear(LocalDate asOf) {
        Map<UUID, List<OpenPeriods.Change>> changes = allChanges();
        SortedMap<Integer, Integer> byYear = new TreeMap<>();
        em.createNamedQuery("SchoolEntity.all", SchoolEntity.class).getResultList().forEach(s ->
                OpenPeriods.transitions(s.openedOn(), changes.getOrDefault(s.id(), List.of())).stream()
                        .filter(t -> !t.on().isAfter(asOf))
                        .forEach(t -> byYear.merge(t.on().getYear(), t.delta(), Integer::sum)));
        return byYear;
    }

    private Map<UUID, List<OpenPeriods.Change>> allChanges() {
        return em.createNamedQuery("SchoolStatusChange.all", SchoolStatusChangeEntity.class).getResultList().stream()
                .collect(Collectors.groupingBy(SchoolStatusChangeEntity::schoolId,
                        Collectors.mapping(SchoolStatusChangeEntity::toChange, Collectors.toList())));
    }

    private List<SchoolStatusChangeEntity> changesOf(UUID schoolId) {
        return em.createNamedQuery("SchoolStatusChange.ofSchool", SchoolStatusChangeEntity.class)
                .setParameter("school", schoolId).getResultList();
    }

    private SchoolEntity school(UUID id) {
        SchoolEntity school = em.find(SchoolEntity.class, id);
        if (school == null) {
            throw new UnknownSchoolException(id.toString());
        }
        return school;
    }
}

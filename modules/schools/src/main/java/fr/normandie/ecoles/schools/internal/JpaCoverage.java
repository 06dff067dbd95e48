package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.NewTarget;
import fr.normandie.ecoles.schools.PastProject;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.Target;
import fr.normandie.ecoles.kernel.RecentAnswers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class JpaCoverage implements Coverage {

    /** The target of the 2019 policy, shipped by the schools migrations. */
    static final long TARGET_2019 = 1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaTerritory territory;

    @Inject
    Validator validator;

    @Inject
    TypicalDurations typicalDurations;

    @Inject
    JpaSchoolStatuses schoolStatuses;

    @Inject
    JpaPastProjects pastProjects;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "figures.ttl", defaultValue = "PT10S")
    Duration figuresLife;

    /** What coverage depends on: the target, the day asked for, and whether that day is past (today's date). */
    private record Asked(Target target, LocalDate asOf, LocalDate today) {
    }

    /**
     * Coverage of a target on a day, kept {@code figures.ttl} and dropped at this node's next domain write (issue 18:
     * the dashboard and {@code GET /api/coverage} read it at every request, a few grouped queries over every project).
     */
    private RecentAnswers<Asked, List<DepartmentCoverage>> recent;

    @PostConstruct
    void keepRecentAnswers() {
        recent = new RecentAnswers<>(figuresLife);
    }

    @Override
    public List<Target> targets() {
        return em.createNamedQuery("TargetEntity.all", TargetEntity.class).getResultList().stream()
                .map(TargetEntity::toTarget).toList();
    }

    @Override
    public Target defaultTarget() {
        return target(TARGET_2019).orElseThrow();
    }

    @Override
    public Optional<Target> target(long id) {
        return Optional.ofNullable(em.find(TargetEntity.class, id)).map(TargetEntity::toTarget);
    }

    @Override
    @Transactional
    public Target define(NewTarget target, Caller caller) {
        caller.requireAny("Seuls les administrateurs peuvent définir un objectif de couverture.", Role.ADMIN);
        Inputs.requireValid(validator, target);
        TargetEntity entity = new TargetEntity(target);
        em.persist(entity);
        em.flush();
        return entity.toTarget();
    }

    /** A fixed number of queries, whatever the number of schools and projects; none while a recent answer holds. */
    @Override
    public List<DepartmentCoverage> coverage(Target target, LocalDate asOf) {
        return recent.get(new Asked(target, asOf, clock.today()), asked -> computeCoverage(target, asOf));
    }

    private List<DepartmentCoverage> computeCoverage(Target target, LocalDate asOf) {
        // only the schools open on that day count: a suspended or closed school no longer does
        Map<String, List<LocalDate>> openings = schoolStatuses.openOn(asOf).stream().collect(Collectors.groupingBy(
                JpaSchoolStatuses.OpenSchool::departmentCode,
                Collectors.mapping(JpaSchoolStatuses.OpenSchool::openedOn, Collectors.toList())));
        Map<String, List<LocalDate>> expected = asOf.isBefore(clock.today()) ? expectedOpeningsOn(asOf)
                : expectedOpenings(asOf);
        return territory.departments().stream()
                .map(d -> CoverageRule.evaluate(target, asOf, d,
                        openings.getOrDefault(d.code(), List.of()), expected.getOrDefault(d.code(), List.of())))
                .toList();
    }

    /**
     * When each project in progress is expected to open, by department: two grouped queries, on what
     * {@link JpaProjects#recordStep} keeps (each step's duration, each project's last step).
     */
    private Map<String, List<LocalDate>> expectedOpenings(LocalDate asOf) {
        OpeningProjection projection = typicalDurations.projection();
        Map<String, List<LocalDate>> expected = new HashMap<>();
        em.createQuery("select p.departmentCode, p.plannedOpening, p.lastStep, count(p) from ProjectEntity p"
                        + " where p.status = :status group by p.departmentCode, p.plannedOpening, p.lastStep", Object[].class)
                .setParameter("status", ProjectStatus.IN_PROGRESS).getResultList().forEach(row -> {
                    LocalDate opening = expected(projection, (LocalDate) row[1], (String) row[2], asOf);
                    expected.computeIfAbsent((String) row[0], d -> new ArrayList<>())
                            .addAll(Collections.nCopies(((Number) row[3]).intValue(), opening));
                });
        return expected;
    }

    /**
     * The same for a past day: the projects in progress at its end, each projected from the last step it had
     * completed by then (the stages' durations are today's: the projection as it would be made now).
     */
    private Map<String, List<LocalDate>> expectedOpeningsOn(LocalDate day) {
        OpeningProjection projection = typicalDurations.projection();
        return pastProjects.inProgressOn(day).stream().collect(Collectors.groupingBy(PastProject::departmentCode,
                Collectors.mapping(p -> expected(projection, p.plannedOpening(), p.lastStep(), day),
                        Collectors.toList())));
    }

    @Override
    public Optional<LocalDate> expectedOpening(ProjectId project, LocalDate asOf) {
        return Optional.ofNullable(em.find(ProjectEntity.class, project.value()))
                .filter(p -> p.status() == ProjectStatus.IN_PROGRESS)
                .map(p -> expected(typicalDurations.projection(), p.plannedOpening(), p.lastStep(), asOf));
    }

    private static LocalDate expected(OpeningProjection projection, LocalDate planned, String lastStep, LocalDate asOf) {
        return projection.expectedOpening(planned, lastStep == null ? null : TypicalDurations.stage(lastStep), asOf);
    }
}

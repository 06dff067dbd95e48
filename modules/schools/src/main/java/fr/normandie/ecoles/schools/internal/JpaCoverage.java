package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCoverage implements Coverage {

    /** The target of the 2019 policy, shipped by the schools migrations. */
    static final long TARGET_2019 = 1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaTerritory territory;

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

    /** Two queries, whatever the number of schools and projects. */
    @Override
    public List<DepartmentCoverage> coverage(Target target, LocalDate asOf) {
        Map<String, List<LocalDate>> openings = byDepartment(em.createQuery(
                "select s.departmentCode, s.openedOn from SchoolEntity s", Object[].class).getResultList());
        Map<String, List<LocalDate>> expected = byDepartment(em.createQuery(
                        "select p.departmentCode, p.plannedOpening from ProjectEntity p where p.status = :status",
                        Object[].class)
                .setParameter("status", ProjectStatus.IN_PROGRESS).getResultList());
        return territory.departments().stream()
                .map(d -> CoverageRule.evaluate(target, asOf, d,
                        openings.getOrDefault(d.code(), List.of()), expected.getOrDefault(d.code(), List.of())))
                .toList();
    }

    private static Map<String, List<LocalDate>> byDepartment(List<Object[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                Collectors.mapping(row -> (LocalDate) row[1], Collectors.toList())));
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** The officers of projects (a column of the project) and of departments (table {@code department_officer}). */
@ApplicationScoped
public class JpaProjectOfficers implements ProjectOfficers {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    Colleagues colleagues;

    @Inject
    Territory territory;

    @Inject
    Clock clock;

    @Override
    public Optional<String> officerOf(ProjectId project) {
        return Optional.ofNullable(projects.project(project).officer());
    }

    @Override
    public List<ProjectId> ofOfficers(Collection<String> officers) {
        if (officers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.id from ProjectEntity p where p.officer in :officers order by p.registeredAt desc",
                        UUID.class)
                .setParameter("officers", List.copyOf(officers)).getResultList().stream().map(ProjectId::new).toList();
    }

    @Override
    @Transactional
    public Optional<String> assign(ProjectId project, String officer, Caller caller) {
        caller.requireAny("Seuls les chargés de mission et les administrateurs peuvent changer le chargé de mission "
                + "d'un projet.", Role.STAFF, Role.ADMIN);
        ProjectEntity entity = projects.project(project);
        String named = colleagues.requireColleague(officer, Role.STAFF, "officer");
        Optional<String> previous = Optional.ofNullable(entity.handTo(named));
        if (!previous.equals(Optional.of(named))) {
            em.persist(new ProjectEventEntity(project, clock.now(), Kind.OFFICER_CHANGED, null, caller.name(), null,
                    previous.map(p -> p + " → ").orElse("") + named));
        }
        return previous;
    }

    @Override
    public Map<String, List<String>> departmentOfficers() {
        Map<String, List<String>> officers = new TreeMap<>();
        rows("select department_code, officer from schools.department_officer order by department_code, officer")
                .forEach(row -> officers.computeIfAbsent((String) row[0], d -> new ArrayList<>()).add((String) row[1]));
        return officers;
    }

    @Override
    public Set<String> departmentsOf(Collection<String> officers) {
        Set<String> departments = new LinkedHashSet<>();
        departmentOfficers().forEach((department, named) -> {
            if (named.stream().anyMatch(officers::contains)) {
                departments.add(department);
            }
        });
        return departments;
    }

    @Override
    @Transactional
    public List<String> setDepartmentOfficers(String departmentCode, List<String> officers, Caller caller) {
        caller.requireAny("Seuls les administrateurs désignent les chargés de mission d'un département.", Role.ADMIN);
        if (departmentCode == null || territory.department(departmentCode).isEmpty()) {
            throw new Rejected("departmentCode", "Département inconnu : " + departmentCode + ".");
        }
        Map<String, String> named = new LinkedHashMap<>();
        List<FieldReason> wrong = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            try {
                String officer = colleagues.requireColleague(officers.get(i), Role.STAFF, "officers[" + i + "]");
                named.putIfAbsent(officer, officer);
            } catch (Rejected e) {
                wrong.addAll(e.reasons());
            }
        }
        if (!wrong.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Chargés de mission invalides", wrong);
        }
        em.createNativeQuery("delete from schools.department_officer where department_code = ?")
                .setParameter(1, departmentCode).executeUpdate();
        named.keySet().forEach(officer -> em.createNativeQuery(
                        "insert into schools.department_officer (department_code, officer) values (?, ?)")
                .setParameter(1, departmentCode).setParameter(2, officer).executeUpdate());
        return List.copyOf(named.keySet());
    }

    @Override
    public void recordHandOver(ProjectId project, String step, String from, String to, String message) {
        em.persist(new ProjectEventEntity(project, clock.now(), Kind.HANDED_OVER, step, from, to, message));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}

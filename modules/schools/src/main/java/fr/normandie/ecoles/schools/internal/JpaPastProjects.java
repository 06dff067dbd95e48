package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.PastProject;
import fr.normandie.ecoles.schools.PastProjects;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Three queries whatever the day: every project's registration and end, every completed step's time, every edit of
 * a planned opening. They are filtered here against the end of the day in the Region's time zone (a few hundred
 * rows; the dashboard of today does not come here).
 */
@ApplicationScoped
public class JpaPastProjects implements PastProjects {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PastProject> inProgressOn(LocalDate day) {
        Instant end = endOf(day);
        Map<UUID, String> lastStep = lastStepsBefore(end);
        Map<UUID, LocalDate> plannedThen = plannedOpeningsEditedSince(end);
        return em.createQuery("select p.id, p.name, p.departmentCode, p.plannedOpening, p.registeredAt, p.endedAt "
                        + "from ProjectEntity p", Object[].class).getResultList().stream()
                .filter(row -> ((Instant) row[4]).isBefore(end) && (row[5] == null || !((Instant) row[5]).isBefore(end)))
                .map(row -> new PastProject(new ProjectId((UUID) row[0]), (String) row[1], (String) row[2],
                        plannedThen.getOrDefault((UUID) row[0], (LocalDate) row[3]), lastStep.get((UUID) row[0])))
                .sorted(Comparator.comparing(PastProject::name))
                .toList();
    }

    /** The first instant after the day, in the Region's time zone: "as of a day" means at its end. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Clock.REGION).toInstant();
    }

    /**
     * The planned opening a project had at {@code end}, for the projects whose planned opening was edited since: the
     * value before the first of those edits (the edits keep what each field was before, project_change).
     */
    private Map<UUID, LocalDate> plannedOpeningsEditedSince(Instant end) {
        Map<UUID, LocalDate> before = new HashMap<>();
        em.createQuery("select e.projectId, c.before, e.occurredAt from ProjectChangeEntity c, ProjectEventEntity e "
                        + "where c.eventId = e.id and c.field = :field order by e.occurredAt", Object[].class)
                .setParameter("field", RegistrationField.PLANNED_OPENING.field()).getResultList().stream()
                .filter(row -> !((Instant) row[2]).isBefore(end) && row[1] != null)
                .forEach(row -> before.putIfAbsent((UUID) row[0], LocalDate.parse((String) row[1])));
        return before;
    }

    private Map<UUID, String> lastStepsBefore(Instant end) {
        Map<UUID, String> last = new HashMap<>();
        em.createQuery("select e.projectId, e.step, e.occurredAt from ProjectEventEntity e where e.kind = :kind "
                        + "order by e.occurredAt", Object[].class)
                .setParameter("kind", ProjectEventEntity.Kind.STEP_COMPLETED).getResultList().stream()
                .filter(row -> ((Instant) row[2]).isBefore(end))
                .forEach(row -> last.put((UUID) row[0], (String) row[1]));
        return last;
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.PastProject;
import fr.normandie.ecoles.schools.PastProjects;
import fr.normandie.ecoles.schools.PastProjectsOnDay;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Four queries whatever the day, filtered by the database against the end of the day in the Region's time zone: how
 * many projects were registered by then and not ended, the first of them by name, the last step each of those had
 * completed by then, and the first edit of their planned opening since (the value before it is the one they had).
 * When the page is cut (the dashboard's page, 50 of 10,000), the last two read the rows of its projects only.
 */
@ApplicationScoped
public class JpaPastProjects implements PastProjects {

    /** A project registered by {@code :end} and not ended by then. */
    private static final String IN_PROGRESS_THEN = " from ProjectEntity p where p.registeredAt < :end"
            + " and (p.endedAt is null or p.endedAt >= :end)";

    @PersistenceContext
    EntityManager em;

    @Override
    public PastProjectsOnDay inProgressOn(LocalDate day, int max) {
        Instant end = endOf(day);
        int count = em.createQuery("select count(p)" + IN_PROGRESS_THEN, Long.class).setParameter("end", end)
                .getSingleResult().intValue();
        List<Object[]> rows = em.createQuery("select p.id, p.name, p.departmentCode, p.plannedOpening" + IN_PROGRESS_THEN
                        + " order by p.name, p.id", Object[].class)
                .setParameter("end", end).setMaxResults(max).getResultList();
        // every project's rows when they are all listed (an IN list of 10,000 ids costs more than the rows it spares)
        Set<UUID> only = rows.size() < count ? rows.stream().map(row -> (UUID) row[0]).collect(Collectors.toSet()) : null;
        Map<UUID, String> lastStep = lastStepsBefore(end, only);
        Map<UUID, LocalDate> plannedThen = plannedOpeningsEditedSince(end, only);
        return new PastProjectsOnDay(count, rows.stream()
                .map(row -> new PastProject(new ProjectId((UUID) row[0]), (String) row[1], (String) row[2],
                        plannedThen.getOrDefault((UUID) row[0], (LocalDate) row[3]), lastStep.get((UUID) row[0])))
                .toList());
    }

    /** The first instant after the day, in the Region's time zone: "as of a day" means at its end. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Clock.REGION).toInstant();
    }

    /**
     * The planned opening a project had at {@code end}, for the projects whose planned opening was edited since: the
     * value before the first of those edits (the edits keep what each field was before, project_change). Of the
     * projects {@code only}, or of all when null.
     */
    private Map<UUID, LocalDate> plannedOpeningsEditedSince(Instant end, Set<UUID> only) {
        Map<UUID, LocalDate> before = new HashMap<>();
        eventRows("select e.projectId, c.before from ProjectChangeEntity c, ProjectEventEntity e where c.eventId = e.id"
                        + " and c.field = :field and e.occurredAt >= :end and c.before is not null", only,
                Map.of("field", RegistrationField.PLANNED_OPENING.field(), "end", end))
                .forEach(row -> before.putIfAbsent((UUID) row[0], LocalDate.parse((String) row[1])));
        return before;
    }

    /** The last step each project completed before {@code end}: of the projects {@code only}, or of all when null. */
    private Map<UUID, String> lastStepsBefore(Instant end, Set<UUID> only) {
        Map<UUID, String> last = new HashMap<>();
        eventRows("select e.projectId, e.step from ProjectEventEntity e where e.kind = :kind and e.occurredAt < :end",
                only, Map.of("kind", ProjectEventEntity.Kind.STEP_COMPLETED, "end", end))
                .forEach(row -> last.put((UUID) row[0], (String) row[1]));
        return last;
    }

    /**
     * The rows of a query on the projects' events (alias {@code e}), oldest first: of the projects {@code only}, or of
     * all when null (none when empty).
     */
    private List<Object[]> eventRows(String jpql, Set<UUID> only, Map<String, Object> parameters) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(jpql + (only == null ? "" : " and e.projectId in :only")
                + " order by e.occurredAt, e.id", Object[].class);
        parameters.forEach(query::setParameter);
        if (only != null) {
            query.setParameter("only", only);
        }
        return query.getResultList();
    }
}

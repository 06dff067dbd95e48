package fr.normandie.ecoles.app.web.inbox;

import fr.normandie.ecoles.workflow.TaskFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Arrays;

/** Keeps each person's inbox filter from one session to the next. */
@ApplicationScoped
public class SavedInboxFilters {

    @PersistenceContext
    EntityManager em;

    public TaskFilter of(String username) {
        SavedInboxFilter saved = em.find(SavedInboxFilter.class, username);
        return saved == null ? TaskFilter.ALL : new TaskFilter(saved.departmentCode(), saved.step(), null,
                Arrays.stream(TaskFilter.Scope.values()).filter(s -> s.name().equals(saved.scope())).findFirst()
                        .orElse(TaskFilter.Scope.ALL));
    }

    @Transactional
    public void save(String username, String departmentCode, String step, TaskFilter.Scope scope) {
        SavedInboxFilter saved = em.find(SavedInboxFilter.class, username);
        if (saved == null) {
            saved = new SavedInboxFilter(username);
            em.persist(saved);
        }
        saved.narrowTo(departmentCode, step, scope == null ? null : scope.name());
    }
}

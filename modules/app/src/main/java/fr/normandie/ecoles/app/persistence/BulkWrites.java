package fr.normandie.ecoles.app.persistence;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hears the persistence unit's bulk writes, which call no entity listener ({@code eclipselink.session-event-listener}
 * in {@code persistence.xml}): a JPQL {@code update} or {@code delete} of a domain entity, or a native write sent
 * through the entity manager, is a domain write for {@link DomainWrites} (issue 18: the funding module writes its
 * budgets' and commitments' amounts so, and the dashboard keeps the envelopes those amounts add up to). A bulk write
 * of the application's own entities (sign-in failures) is left out, as their entity writes are.
 */
public class BulkWrites extends SessionEventAdapter {

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (query == null) {
            return;
        }
        boolean bulk = query.isModifyAllQuery() && query.getReferenceClass() != null
                && DomainWrites.domain(query.getReferenceClass());
        if (bulk || query.isDataModifyQuery()) {
            DomainWrites.bulkWrite();
        }
    }
}

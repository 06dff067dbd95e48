package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.OnlineCarriers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.UUID;

/**
 * A carrier files online when one of its accounts is active (submit, issue 16): an invitation accepted, or an
 * account an administrator opened. Read without flushing the engine command's pending writes.
 * <p>
 * A step asks twice (its mandatory documents, then the workflow as the next step opens): the answer is kept for
 * the rest of the transaction, which opens no account. Issue 18: one statement less per step.
 */
@ApplicationScoped
public class AccountOnlineCarriers implements OnlineCarriers {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The transaction's resource under which an answer is kept. */
    private record Answer(UUID carrier) {
    }

    @Override
    public boolean filesOnline(UUID carrier) {
        if (carrier == null) {
            return false;
        }
        if (transaction.getTransactionKey() == null) {
            return read(carrier);
        }
        Answer key = new Answer(carrier);
        Object kept = transaction.getResource(key);
        if (kept instanceof Boolean online) {
            return online;
        }
        boolean online = read(carrier);
        transaction.putResource(key, online);
        return online;
    }

    private boolean read(UUID carrier) {
        return em.createNamedQuery("AccountEntity.activeOfCarrier", Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("carrier", carrier).getSingleResult() > 0;
    }
}

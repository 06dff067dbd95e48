package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.OnlineCarriers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * A carrier files online when one of its accounts is active (submit, issue 16): an invitation accepted, or an
 * account an administrator opened. Read without flushing the engine command's pending writes.
 */
@ApplicationScoped
public class AccountOnlineCarriers implements OnlineCarriers {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean filesOnline(UUID carrier) {
        return carrier != null && em.createNamedQuery("AccountEntity.activeOfCarrier", Long.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("carrier", carrier).getSingleResult() > 0;
    }
}

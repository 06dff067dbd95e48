package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.CarrierChoice;
import fr.normandie.ecoles.schools.CarrierName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a carrier named by a registration in a short transaction of its own. Registrations that race to name
 * the same new carrier (a burst of projects of one association) then wait only for that insert, not for each
 * other's whole registration, and all end on one record: the unique name key refuses the losers' inserts
 * ({@code jakarta.persistence.PersistenceException}, this transaction rolled back), and they read the winner's.
 */
@ApplicationScoped
class NewCarriers {

    @PersistenceContext
    EntityManager em;

    /**
     * Runs before the registration's transaction has used a connection, so that a request never holds two: a
     * burst larger than the pool would otherwise wait on itself.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void createIfAbsent(CarrierChoice choice) {
        if (em.createNamedQuery("CarrierEntity.byKey", CarrierEntity.class)
                .setParameter("key", CarrierName.key(choice.name())).getResultList().isEmpty()) {
            em.persist(new CarrierEntity(choice));
            em.flush();
        }
    }
}

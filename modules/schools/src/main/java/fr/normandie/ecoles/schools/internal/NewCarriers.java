package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.CarrierChoice;
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(CarrierChoice choice) {
        em.persist(new CarrierEntity(choice));
        em.flush();
    }
}

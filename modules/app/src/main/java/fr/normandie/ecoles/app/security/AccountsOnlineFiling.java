package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.schools.OnlineFiling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.UUID;

/**
 * The schools module's question "does this carrier file online?" answered from the accounts: yes while one of its
 * carrier's accounts is active (opened by an administrator or through an invitation), whichever way it was opened.
 */
@ApplicationScoped
public class AccountsOnlineFiling implements OnlineFiling {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean carrierFilesOnline(UUID carrierId) {
        return em.createNamedQuery("AccountEntity.activeOfCarrier", Long.class)
                .setParameter("carrier", carrierId).getSingleResult() > 0;
    }
}

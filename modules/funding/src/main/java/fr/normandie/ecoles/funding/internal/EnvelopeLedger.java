package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.EnvelopeExceededException;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/**
 * Moves money in and out of the envelopes, in the caller's transaction, by conditional updates that
 * the database runs under the envelope row's lock: of several decisions racing for an envelope's last
 * euros, each sees what the others committed, and those that no longer fit change nothing. The CHECK
 * constraints of the table stay the last word.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EnvelopeLedger {

    @PersistenceContext
    EntityManager em;

    /**
     * Commits a grant against its year's envelope.
     * @throws InvalidInputException on {@code envelopeYear} when no envelope is open for that year
     * @throws EnvelopeExceededException when what remains in the envelope is less than the grant
     */
    void commit(int year, BigDecimal amount) {
        if (update("EnvelopeEntity.commit", year, amount)) {
            return;
        }
        EnvelopeEntity envelope = em.find(EnvelopeEntity.class, year);
        if (envelope == null) {
            throw new InvalidInputException("envelopeYear", "Aucune enveloppe n'est ouverte pour l'année " + year
                    + " : un administrateur doit l'ouvrir avant d'y engager une subvention.");
        }
        em.refresh(envelope);
        throw new EnvelopeExceededException("L'enveloppe " + year + " ne peut pas porter cette subvention de "
                + Euros.format(amount) + " : il n'y reste que " + Euros.format(envelope.remaining())
                + " à engager. Rien n'a été enregistré.");
    }

    /** Records money paid out of the commitments of a year's envelope. */
    void pay(int year, BigDecimal amount) {
        if (!update("EnvelopeEntity.pay", year, amount)) {
            throw new FundingConflictException("Les versements de l'enveloppe " + year
                    + " dépasseraient ses engagements. Rien n'a été enregistré.");
        }
    }

    /**
     * Changes an envelope's amount, never below what is committed against it.
     * @return false when there is no envelope for that year or the amount is below its commitments
     */
    boolean resize(int year, BigDecimal amount) {
        return update("EnvelopeEntity.resize", year, amount);
    }

    private boolean update(String query, int year, BigDecimal amount) {
        return em.createNamedQuery(query).setParameter("budgetYear", year).setParameter("amount", amount)
                .executeUpdate() == 1;
    }
}

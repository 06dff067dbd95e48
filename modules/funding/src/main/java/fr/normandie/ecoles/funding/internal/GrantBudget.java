package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.FundingConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;

/**
 * The one seam between the grants and the budget they draw on, in the caller's transaction. Today it charges a
 * grant's commitment and every payment to the envelope of the year of the vote, as the opening's decisions do;
 * the budget by year and kind (commitment authorisations, payment credits charged to the year paid) replaces its
 * body, not its callers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GrantBudget {

    @Inject
    EnvelopeLedger ledger;

    @PersistenceContext
    EntityManager em;

    /** Commits a voted grant, or an avenant's rise. */
    void commit(int commitmentYear, BigDecimal amount) {
        ledger.commit(commitmentYear, amount);
    }

    /** Gives back to the year what an avenant cut, never below what is already paid out of it. */
    void release(int commitmentYear, BigDecimal amount) {
        int released = em.createQuery("update EnvelopeEntity e set e.committed = e.committed - :amount "
                        + "where e.budgetYear = :budgetYear and e.committed - :amount >= e.paid")
                .setParameter("budgetYear", commitmentYear).setParameter("amount", amount).executeUpdate();
        if (released == 0) {
            throw new FundingConflictException("L'enveloppe " + commitmentYear + " ne peut pas rendre "
                    + Euros.format(amount) + " : ses versements dépasseraient ses engagements. Rien n'a été enregistré.");
        }
    }

    /** Records a payment of a grant committed in that year. */
    void pay(int commitmentYear, BigDecimal amount) {
        ledger.pay(commitmentYear, amount);
    }
}

package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetExceededException;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.CommitmentClosedException;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.funding.ReleaseReason;
import fr.normandie.ecoles.funding.UnknownBudgetException;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves money between the budgets and the commitments, in the caller's transaction, by conditional
 * updates the database runs under the rows' locks (a commitment's row, then its budget's: every writer takes
 * them in that order). Of several writers racing for a budget's last euros each sees what the others took,
 * and one that no longer fits changes nothing; a refusal thrown after an update rolls the whole transaction
 * back. The tables' CHECK constraints stay the last word.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BudgetLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Projects projects;

    /**
     * Commits against the AE of the commitment's year and kind.
     * @param yearField   the form field holding the year, where a missing budget is shown
     * @param amountField the form field holding the amount, where a budget too short is shown
     */
    CommitmentEntity commit(NewCommitment commitment, String yearField, String amountField, String by) {
        Inputs.requireValid(validator, commitment);
        BigDecimal amount = Euros.cents(commitment.amount());
        if (!move("BudgetEntity.commit", commitment.year(), commitment.kind(), amount)) {
            BudgetEntity budget = budget(commitment.year(), commitment.kind(), yearField);
            throw new BudgetExceededException(amountField, "Le budget " + label(commitment.kind()) + " " + commitment.year()
                    + " ne peut pas porter cet engagement de " + Euros.format(amount) + " : il n'y reste que "
                    + Euros.format(budget.toCommit()) + " d'autorisations d'engagement. Rien n'a été enregistré.");
        }
        CommitmentEntity entity = new CommitmentEntity(commitment, by);
        em.persist(entity);
        return entity;
    }

    /** Pays against a commitment, consuming the CP of the year of {@code paidOn}. */
    CreditPaymentEntity pay(CommitmentEntity commitment, PaymentOrder order, UUID paymentId, String by) {
        Inputs.requireValid(validator, order);
        if (order.paidOn().isBefore(commitment.votedOn())) {
            throw new InvalidInputException("paidOn", "Un versement ne peut pas précéder le vote de son engagement ("
                    + commitment.votedOn() + ").");
        }
        requireProjectGoing(commitment);
        BigDecimal amount = Euros.cents(order.amount());
        int paid = em.createNamedQuery("CommitmentEntity.pay").setParameter("id", commitment.id().value())
                .setParameter("amount", amount).executeUpdate();
        if (paid == 0) {
            em.refresh(commitment);
            if (commitment.released().signum() > 0) {
                throw new CommitmentClosedException("Cet engagement a été désengagé : plus rien n'y est payé.");
            }
            throw new BudgetExceededException("amount", "Ce versement de " + Euros.format(amount) + " dépasse le reste "
                    + "à payer sur l'engagement : " + Euros.format(commitment.toPay()) + ". Rien n'a été enregistré.");
        }
        int year = order.paidOn().getYear();
        if (!move("BudgetEntity.pay", year, commitment.kind(), amount)) {
            BudgetEntity budget = budget(year, commitment.kind(), "paidOn");
            throw new BudgetExceededException("amount", "Les crédits de paiement " + year + " du budget "
                    + label(commitment.kind()) + " ne peuvent pas porter ce versement de " + Euros.format(amount)
                    + " : il n'en reste que " + Euros.format(budget.toPay()) + ". Rien n'a été enregistré.");
        }
        CreditPaymentEntity payment = new CreditPaymentEntity(commitment, order, paymentId, by);
        em.persist(payment);
        em.refresh(commitment);
        return payment;
    }

    /** Gives what is left unpaid of a commitment back to the AE of its year; nothing when nothing is left. */
    Optional<ReleaseEntity> release(CommitmentEntity commitment, ReleaseReason reason, String explanation, String by) {
        int released = em.createNamedQuery("CommitmentEntity.release").setParameter("id", commitment.id().value())
                .executeUpdate();
        if (released == 0) {
            return Optional.empty();
        }
        em.refresh(commitment);
        if (!move("BudgetEntity.release", commitment.year(), commitment.kind(), commitment.released())) {
            throw new IllegalStateException("The budget " + commitment.year() + " holds less than its commitment "
                    + commitment.id());
        }
        ReleaseEntity release = new ReleaseEntity(commitment, reason, explanation, by);
        em.persist(release);
        return Optional.of(release);
    }

    private void requireProjectGoing(CommitmentEntity commitment) {
        if (commitment.projectId() == null) {
            return;
        }
        projects.find(new ProjectId(commitment.projectId())).filter(p -> p.status() == ProjectStatus.ABANDONED)
                .ifPresent(p -> {
                    throw new CommitmentClosedException("Le projet « " + p.name() + " » a été abandonné : plus rien "
                            + "n'est payé sur ses engagements.");
                });
    }

    private BudgetEntity budget(int year, BudgetKind kind, String field) {
        BudgetEntity budget = em.find(BudgetEntity.class, new BudgetKey(year, kind));
        if (budget == null) {
            throw new UnknownBudgetException(field, year, kind);
        }
        em.refresh(budget);
        return budget;
    }

    private boolean move(String query, int year, BudgetKind kind, BigDecimal amount) {
        return em.createNamedQuery(query).setParameter("year", year).setParameter("kind", kind)
                .setParameter("amount", amount).executeUpdate() == 1;
    }

    static String label(BudgetKind kind) {
        return kind == BudgetKind.INVESTMENT ? "d'investissement" : "de fonctionnement";
    }
}

package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.RecoveryForm;
import fr.normandie.ecoles.funding.RecoveryId;
import fr.normandie.ecoles.funding.RecoveryOrder;
import fr.normandie.ecoles.funding.Recoveries;
import fr.normandie.ecoles.funding.UnknownRecoveryException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.List;

/**
 * Recovery orders: issued against what was paid on a commitment and not yet recovered (a conditional update
 * of the commitment's row), then collected once.
 */
@ApplicationScoped
public class JpaRecoveries implements Recoveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaCommitments commitments;

    @Inject
    Validator validator;

    @Inject
    Beneficiaries beneficiaries;

    @Override
    @Transactional
    public RecoveryOrder issue(CommitmentId id, RecoveryForm form, Caller caller) {
        Door.require(caller, Role.FUNDING);
        Inputs.requireValid(validator, form);
        CommitmentEntity commitment = commitments.entity(id);
        return issue(commitment, form, caller.name()).toOrder(commitment, beneficiary(commitment));
    }

    /** Issues an order in the caller's transaction (a funding officer's, or a use report's). */
    RecoveryOrderEntity issue(CommitmentEntity commitment, RecoveryForm form, String by) {
        int recovered = em.createNamedQuery("CommitmentEntity.recover").setParameter("id", commitment.id().value())
                .setParameter("amount", Euros.cents(form.amount())).executeUpdate();
        if (recovered == 0) {
            em.refresh(commitment);
            throw new InvalidInputException("amount", "Un titre de recette ne peut dépasser ce qui a été versé sur cet "
                    + "engagement et n'est pas déjà recouvré : " + Euros.format(commitment.toCommitment().paid()
                    .subtract(commitment.toCommitment().recovered())) + ".");
        }
        RecoveryOrderEntity order = new RecoveryOrderEntity(commitment, form, by);
        em.persist(order);
        em.refresh(commitment);
        return order;
    }

    /** The orders issued on these commitments, the oldest first. */
    List<RecoveryOrder> ofCommitments(List<CommitmentEntity> commitments) {
        if (commitments.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("RecoveryOrderEntity.ofCommitments", RecoveryOrderEntity.class)
                .setParameter("commitments", commitments.stream().map(c -> c.id().value()).toList())
                .getResultList().stream().map(this::toOrder).toList();
    }

    @Override
    @Transactional
    public RecoveryOrder collect(RecoveryId id, LocalDate collectedOn, Caller caller) {
        Door.require(caller, Role.FUNDING);
        if (collectedOn == null) {
            throw new InvalidInputException("collectedOn", "La date d'encaissement est obligatoire.");
        }
        RecoveryOrderEntity order = entity(id);
        int collected = em.createNamedQuery("RecoveryOrderEntity.collect").setParameter("id", id.value())
                .setParameter("on", collectedOn).setParameter("by", caller.name()).executeUpdate();
        if (collected == 0) {
            throw new FundingConflictException("Ce titre de recette est déjà encaissé.");
        }
        em.refresh(order);
        return find(id);
    }

    @Override
    public RecoveryOrder find(RecoveryId id) {
        return toOrder(entity(id));
    }

    @Override
    public List<RecoveryOrder> all(boolean outstandingOnly) {
        return em.createNamedQuery(outstandingOnly ? "RecoveryOrderEntity.outstanding" : "RecoveryOrderEntity.all",
                RecoveryOrderEntity.class).getResultList().stream().map(this::toOrder).toList();
    }

    private RecoveryOrder toOrder(RecoveryOrderEntity order) {
        CommitmentEntity commitment = em.find(CommitmentEntity.class, order.commitmentId());
        return order.toOrder(commitment, beneficiary(commitment));
    }

    private RecoveryOrderEntity entity(RecoveryId id) {
        RecoveryOrderEntity order = em.find(RecoveryOrderEntity.class, id.value());
        if (order == null) {
            throw new UnknownRecoveryException(id.toString());
        }
        return order;
    }

    /** Who owes the money: the school, or the project. */
    private String beneficiary(CommitmentEntity commitment) {
        return beneficiaries.of(commitment).name();
    }
}

package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Commitment;
import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.Commitments;
import fr.normandie.ecoles.funding.CreditPayment;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.funding.Release;
import fr.normandie.ecoles.funding.ReleaseForm;
import fr.normandie.ecoles.funding.UnknownCommitmentException;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectAbandoned;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.funding.ReleaseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's door: checks the caller, then moves the money through {@link BudgetLedger} in the caller's
 * transaction, or its own. An abandoned project's open commitments are released in the abandon's own
 * transaction.
 */
@ApplicationScoped
public class JpaCommitments implements Commitments {

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetLedger ledger;

    @Inject
    Validator validator;

    @Override
    @Transactional
    public Commitment commit(NewCommitment commitment, Caller caller) {
        Door.require(caller, Role.FUNDING);
        return ledger.commit(commitment, "year", "amount", caller.name()).toCommitment();
    }

    @Override
    @Transactional
    public CreditPayment pay(CommitmentId id, PaymentOrder order, Caller caller) {
        Door.require(caller, Role.FUNDING);
        return ledger.pay(entity(id), order, null, caller.name()).toPayment();
    }

    @Override
    @Transactional
    public Optional<Release> release(CommitmentId id, ReleaseForm form, Caller caller) {
        Door.require(caller, Role.FUNDING);
        Inputs.requireValid(validator, form);
        CommitmentEntity commitment = entity(id);
        return ledger.release(commitment, form.reason(), form.explanation(), caller.name())
                .map(r -> r.toRelease(commitment));
    }

    /** A project given up frees what its commitments left unpaid, in the abandon's transaction. */
    void releaseAbandoned(@Observes ProjectAbandoned abandoned) {
        em.createNamedQuery("CommitmentEntity.openOfProject", CommitmentEntity.class)
                .setParameter("project", abandoned.project().value()).getResultList()
                .forEach(c -> ledger.release(c, ReleaseReason.PROJECT_ABANDONED, abandoned.reason(), abandoned.by()));
    }

    @Override
    public Commitment find(CommitmentId id) {
        return entity(id).toCommitment();
    }

    @Override
    public List<Commitment> ofGrant(UUID grant) {
        return em.createNamedQuery("CommitmentEntity.ofGrant", CommitmentEntity.class).setParameter("grant", grant)
                .getResultList().stream().map(CommitmentEntity::toCommitment).toList();
    }

    @Override
    public List<Commitment> ofProject(ProjectId project) {
        return em.createNamedQuery("CommitmentEntity.ofProject", CommitmentEntity.class)
                .setParameter("project", project.value()).getResultList().stream()
                .map(CommitmentEntity::toCommitment).toList();
    }

    @Override
    public List<Commitment> ofYear(int year) {
        return em.createNamedQuery("CommitmentEntity.ofYear", CommitmentEntity.class).setParameter("year", year)
                .getResultList().stream().map(CommitmentEntity::toCommitment).toList();
    }

    @Override
    public List<CreditPayment> payments(CommitmentId id) {
        entity(id);
        return em.createNamedQuery("CreditPaymentEntity.ofCommitment", CreditPaymentEntity.class)
                .setParameter("commitment", id.value()).getResultList().stream()
                .map(CreditPaymentEntity::toPayment).toList();
    }

    @Override
    public List<Release> releases(CommitmentId id) {
        CommitmentEntity commitment = entity(id);
        return em.createNamedQuery("ReleaseEntity.ofCommitment", ReleaseEntity.class)
                .setParameter("commitment", id.value()).getResultList().stream()
                .map(r -> r.toRelease(commitment)).toList();
    }

    CommitmentEntity entity(CommitmentId id) {
        CommitmentEntity commitment = em.find(CommitmentEntity.class, id.value());
        if (commitment == null) {
            throw new UnknownCommitmentException(id.toString());
        }
        return commitment;
    }
}

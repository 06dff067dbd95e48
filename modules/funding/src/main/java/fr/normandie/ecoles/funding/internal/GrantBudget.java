package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.funding.RecoveryForm;
import fr.normandie.ecoles.funding.RecoveryOrder;
import fr.normandie.ecoles.funding.Release;
import fr.normandie.ecoles.funding.ReleaseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one seam between a school's grant and the budget ledger, in the caller's transaction: a vote (or an avenant's
 * rise) commits against the commitment authorisations of the year of its vote, in the budget of the grant's kind; a
 * payment consumes the payment credits of the year it is paid in, out of the grant's commitments, oldest first; an
 * avenant's cut releases what is left unpaid and commits the new remainder under the avenant's vote; a grant that
 * lapses or whose balance is withheld releases what is left unpaid; money paid and not justified is recovered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GrantBudget {

    @Inject
    BudgetLedger ledger;

    @Inject
    JpaRecoveries recoveries;

    @PersistenceContext
    EntityManager em;

    /** Commits an amount for a grant under a vote. */
    void commit(GrantEntity grant, BigDecimal amount, LocalDate votedOn, String deliberation, String label, String by) {
        ledger.commit(new NewCommitment(grant.id().value(), null, grant.schoolId(), votedOn.getYear(), kind(grant),
                amount, deliberation, votedOn, label), "votedOn", "amounts", by);
    }

    /**
     * Cuts a grant to {@code remainder} left to pay: its open commitments are released, the remainder committed
     * again under the avenant's vote.
     */
    void cut(GrantEntity grant, BigDecimal remainder, LocalDate votedOn, String deliberation, String label, String by) {
        release(grant, ReleaseReason.OTHER, "Avenant n° " + label, by);
        if (remainder.signum() > 0) {
            commit(grant, remainder, votedOn, deliberation, label, by);
        }
    }

    /** Gives what the grant's commitments left unpaid back to the AE of their years. */
    void release(GrantEntity grant, ReleaseReason reason, String explanation, String by) {
        for (CommitmentEntity commitment : commitments(grant.id().value())) {
            ledger.release(commitment, reason, explanation, by);
        }
    }

    /**
     * Issues the recovery orders (titres de recette) of an amount paid on the grant and not justified, on its
     * commitments, oldest first, each within what was paid on it and not yet recovered.
     */
    List<RecoveryOrderEntity> recover(GrantEntity grant, BigDecimal amount, LocalDate issuedOn, String reason, String by) {
        BigDecimal left = amount;
        List<RecoveryOrderEntity> orders = new ArrayList<>();
        for (CommitmentEntity commitment : commitments(grant.id().value())) {
            BigDecimal part = left.min(commitment.paid().subtract(commitment.recovered()));
            if (part.signum() > 0) {
                orders.add(recoveries.issue(commitment, new RecoveryForm(part, reason, issuedOn), by));
                left = left.subtract(part);
            }
        }
        if (left.signum() > 0) {
            throw new IllegalStateException("The grant " + grant.id() + " has less paid than it would recover");
        }
        return orders;
    }

    /** Pays out of the grant's commitments, oldest first, each within what is left to pay on it. */
    void pay(GrantEntity grant, BigDecimal amount, LocalDate paidOn, String reference, String by) {
        BigDecimal left = amount;
        List<CommitmentEntity> open = commitments(grant.id().value()).stream()
                .filter(c -> c.released().signum() == 0 && c.toPay().signum() > 0).toList();
        for (CommitmentEntity commitment : open) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(commitment.toPay());
            ledger.pay(commitment, new PaymentOrder(part, paidOn, reference), UUID.randomUUID(), by);
            left = left.subtract(part);
        }
        if (left.signum() > 0) {
            throw new IllegalStateException("The grant " + grant.id() + " has less committed than it may pay");
        }
    }

    /** The releases of the grant's commitments, the oldest first (a read: in a transaction or not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Release> releases(GrantEntity grant) {
        return commitments(grant.id().value()).stream().flatMap(c -> em.createNamedQuery("ReleaseEntity.ofCommitment",
                ReleaseEntity.class).setParameter("commitment", c.id().value()).getResultStream()
                .map(r -> r.toRelease(c))).sorted(Comparator.comparing(Release::releasedAt)).toList();
    }

    /** The recovery orders issued on the grant's commitments, the oldest first (a read: in a transaction or not). */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<RecoveryOrder> recoveries(GrantEntity grant) {
        return recoveries.ofCommitments(commitments(grant.id().value()));
    }

    private List<CommitmentEntity> commitments(UUID grant) {
        return em.createNamedQuery("CommitmentEntity.ofGrant", CommitmentEntity.class).setParameter("grant", grant)
                .getResultList();
    }

    /** The budget a grant draws on: investment for an investment grant, operating aid otherwise. */
    static BudgetKind kind(GrantEntity grant) {
        return grant.kind() == GrantKind.INVESTMENT ? BudgetKind.INVESTMENT : BudgetKind.OPERATING;
    }
}

package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;
import java.util.UUID;

/**
 * The Region's commitments (engagements) and the payments and releases against them: the ledger every
 * grant goes through. Each write runs in the caller's transaction when there is one (a step's, a grant
 * process's), so that the grant and its money commit together or not at all; the amounts move by
 * conditional updates of the budget rows, so no budget is ever overspent, whoever commits or pays at the
 * same moment.
 */
public interface Commitments {

    /**
     * Commits an amount against the AE of its year and kind.
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     * @throws BudgetExceededException when the year's AE left cannot bear it: nothing is written
     * @throws UnknownBudgetException when no budget of that year and kind is open
     */
    Commitment commit(NewCommitment commitment, Caller caller);

    /**
     * Pays against a commitment, consuming the payment credits of the year of {@code paidOn}.
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     * @throws CommitmentClosedException when the commitment was released or its project abandoned
     * @throws BudgetExceededException when that year's CP left cannot bear it, or the payment would exceed
     *                                 what is left to pay on the commitment: nothing is written
     */
    CreditPayment pay(CommitmentId id, PaymentOrder order, Caller caller);

    /**
     * Releases what is left unpaid of a commitment back to the AE of its year.
     * @return the release, or nothing when nothing was left to release (paid in full, released already)
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     */
    java.util.Optional<Release> release(CommitmentId id, ReleaseForm form, Caller caller);

    /** @throws UnknownCommitmentException */
    Commitment find(CommitmentId id);

    /** The commitments of a decision or grant, oldest first. */
    List<Commitment> ofGrant(UUID grant);

    /** The commitments of a project (also those of the school it became), oldest first. */
    List<Commitment> ofProject(ProjectId project);

    /** The commitments charged to a year's AE, oldest first. */
    List<Commitment> ofYear(int year);

    /** The payments of a commitment, oldest first. */
    List<CreditPayment> payments(CommitmentId id);

    /** The releases of a commitment, oldest first. */
    List<Release> releases(CommitmentId id);
}

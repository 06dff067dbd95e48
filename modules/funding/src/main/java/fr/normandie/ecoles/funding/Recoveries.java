package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;

import java.time.LocalDate;
import java.util.List;

/** Recovery orders (titres de recette), from their issue to their collection. */
public interface Recoveries {

    /**
     * Issues a recovery order on a commitment; never more than was paid on it and not yet recovered (the
     * database guarantees it).
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     */
    RecoveryOrder issue(CommitmentId commitment, RecoveryForm form, Caller caller);

    /**
     * Records that the carrier paid the order back.
     * @throws FundingConflictException when it was collected already
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is a funding officer
     */
    RecoveryOrder collect(RecoveryId id, LocalDate collectedOn, Caller caller);

    /** @throws UnknownRecoveryException */
    RecoveryOrder find(RecoveryId id);

    /** Every order, outstanding ones only when asked, the oldest issued first. */
    List<RecoveryOrder> all(boolean outstandingOnly);
}

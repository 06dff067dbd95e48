package fr.normandie.ecoles.funding;

import java.time.Period;

/**
 * Tells of the scheduled payments falling due (issue 15). Called by the application's scheduler on every node;
 * each instalment is told of once, whichever node gets to it first.
 */
public interface DuePayments {

    /**
     * Tells the funding officers of each instalment of a subsidy's schedule not fully paid that falls due from
     * today to {@code lead} from today and was not told of yet; one already past due is not told (the first check
     * would otherwise tell of every old line). Also of a grant's next instalment due by {@code lead} from today
     * (past due included: it stays owed) and of a grant's balance once due. Answers how many were told of.
     */
    int tellFallingDue(Period lead);
}

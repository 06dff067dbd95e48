package fr.normandie.ecoles.audits;

import java.time.Period;

/**
 * Tells of the corrective actions falling due (issue 15). Called by the application's scheduler on every node;
 * each action is told of once, whichever node gets to it first.
 */
public interface DueActions {

    /**
     * Tells the auditors and the project's officer of each action still open (not reported done, not verified)
     * that falls due from today to {@code lead} from today and was not told of yet; an action already past due is
     * not told (the first check would otherwise tell of every old action). Answers how many were told of.
     */
    int tellFallingDue(Period lead);
}

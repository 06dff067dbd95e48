package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;

/**
 * The Region's budget envelopes as they were before the budgets by kind ({@link Budgets}): a year's envelope
 * is now the sum of its investment and operating budgets (their AE, what is committed, the CP consumed by the
 * year's payments). Kept for the REST contract and the pages that read it.
 */
public interface Envelopes {

    /** Every envelope, the oldest year first. */
    List<Envelope> all();

    /** @throws UnknownEnvelopeException when no envelope is open for that year */
    EnvelopeDetail detail(int year);

    /**
     * Opens the year's two budgets, or changes them, each with the amount as its AE and its CP: the
     * envelope's amount is then twice that (see README). Neither can go below what is committed or paid.
     * @return true when the year had no budget, false when its budgets were changed
     * @throws FundingConflictException when the amount is below the commitments or the payments of a kind
     */
    boolean set(int year, EnvelopeForm form, Caller caller);
}

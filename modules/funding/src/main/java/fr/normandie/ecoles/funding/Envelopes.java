package fr.normandie.ecoles.funding;

import java.util.List;

/** The Region's budget envelopes, one per budget year, kept by administrators. */
public interface Envelopes {

    /** Every envelope, the oldest year first. */
    List<Envelope> all();

    /** @throws UnknownEnvelopeException when no envelope is open for that year */
    EnvelopeDetail detail(int year);

    /**
     * Opens the year's envelope, or changes its amount, which can never go below what is already
     * committed against it: the database refuses it even when a decision is being recorded meanwhile.
     * @return true when the envelope was opened, false when its amount was changed
     * @throws FundingConflictException when the amount is below the commitments
     */
    boolean set(int year, EnvelopeForm form, String by);
}

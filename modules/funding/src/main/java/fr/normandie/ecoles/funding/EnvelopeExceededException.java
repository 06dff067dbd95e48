package fr.normandie.ecoles.funding;

/**
 * A grant would take its year's envelope beyond its amount: refused, nothing committed. A form shows it on
 * the grant's total ({@link #FIELD}), which no single amount field holds.
 */
public class EnvelopeExceededException extends FundingConflictException {

    /** The form field a page shows this refusal next to. */
    public static final String FIELD = "totalGranted";

    public EnvelopeExceededException(String message) {
        super(FIELD, message);
    }
}

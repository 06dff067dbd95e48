package fr.normandie.ecoles.funding;

/** A grant would take its year's envelope beyond its amount: refused, nothing committed. */
public class EnvelopeExceededException extends FundingConflictException {
    public EnvelopeExceededException(String message) {
        super(message);
    }
}

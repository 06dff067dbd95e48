package fr.normandie.ecoles.funding;

/** What was asked conflicts with the money already committed or paid: nothing was written. */
public class FundingConflictException extends RuntimeException {
    public FundingConflictException(String message) {
        super(message);
    }
}

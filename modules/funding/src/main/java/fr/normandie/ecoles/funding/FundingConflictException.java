package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Conflict;

/** What was asked conflicts with the money already committed or paid: nothing was written. */
public class FundingConflictException extends Conflict {
    public FundingConflictException(String message) {
        super(message);
    }

    protected FundingConflictException(String field, String message) {
        super(field, message);
    }
}

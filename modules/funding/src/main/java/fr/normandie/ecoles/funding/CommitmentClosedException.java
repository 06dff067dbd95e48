package fr.normandie.ecoles.funding;

/**
 * Nothing more may be paid on this commitment: it was released, or the project it funds was abandoned.
 */
public class CommitmentClosedException extends FundingConflictException {
    public CommitmentClosedException(String message) {
        super(message);
    }
}

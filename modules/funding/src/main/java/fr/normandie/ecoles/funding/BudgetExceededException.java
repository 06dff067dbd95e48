package fr.normandie.ecoles.funding;

/**
 * A commitment or a payment would take a budget beyond its AE or its CP (or a payment beyond what is
 * left to pay on its commitment): refused, nothing written.
 */
public class BudgetExceededException extends FundingConflictException {
    public BudgetExceededException(String field, String message) {
        super(field, message);
    }
}

package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;

/**
 * The Region's budgets: for each year an investment and an operating budget, each with its commitment
 * authorisations and its payment credits, set by administrators, every change kept.
 */
public interface Budgets {

    /** Every budget, the oldest year first, investment before operating. */
    List<Budget> all();

    /** The year's budgets (none, one or both kinds). */
    List<Budget> ofYear(int year);

    /**
     * Opens a year's budget of a kind or changes its amounts; neither may go below what is already
     * committed or paid against it (the database refuses it even while a commitment is being recorded).
     * @return the budget as it now stands
     * @throws fr.normandie.ecoles.kernel.Forbidden unless the caller is an administrator
     * @throws FundingConflictException when an amount is below what is consumed: nothing is written
     */
    Budget set(int year, BudgetKind kind, BudgetForm form, Caller caller);

    /** The year's changes, the oldest first. */
    List<BudgetChange> history(int year);
}

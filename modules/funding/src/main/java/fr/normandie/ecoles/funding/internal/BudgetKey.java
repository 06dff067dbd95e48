package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetKind;

import java.io.Serializable;
import java.util.Objects;

/** A budget's key: its year and its kind. */
public class BudgetKey implements Serializable {

    private int budgetYear;
    private BudgetKind kind;

    public BudgetKey() {
    }

    BudgetKey(int budgetYear, BudgetKind kind) {
        this.budgetYear = budgetYear;
        this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetKey key && key.budgetYear == budgetYear && key.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetYear, kind);
    }
}

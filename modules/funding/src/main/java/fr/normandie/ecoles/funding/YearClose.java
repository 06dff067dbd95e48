package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The close of a budget year, in euros: the year's budgets; per kind, the commitments made that year
 * (as voted), released from them, CP consumed by the payments of the year, and what is carried over (left to
 * pay, at the year's end, on the commitments of that year and earlier); and what is carried over per
 * school (or project) and per department.
 */
public record YearClose(int year, List<Budget> budgets, List<KindFigures> byKind, KindFigures total,
                        List<RemainingToPay> bySchool, List<RemainingToPay> byDepartment) {

    /** The year's figures of one kind (or of both: {@code kind} null). */
    public record KindFigures(BudgetKind kind, BigDecimal committed, BigDecimal released, BigDecimal paid,
                              BigDecimal carriedOver) {
    }

    /** What is left to pay at the year's end for a school (a project) or a department, by kind. */
    public record RemainingToPay(String key, String label, String departmentCode, BigDecimal investment,
                                 BigDecimal operating, BigDecimal total) {
    }
}

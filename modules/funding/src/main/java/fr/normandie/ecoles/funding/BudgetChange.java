package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a year's budget, as the history keeps it: the amounts set, by whom and when. */
public record BudgetChange(int year, BudgetKind kind, BigDecimal commitmentAuthorisations, BigDecimal paymentCredits,
                           String changedBy, Instant changedAt) {
}

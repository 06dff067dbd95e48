package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment as the budget sees it: the commitment it pays and the payment credits it consumed, those of
 * {@code creditYear} (the year of {@code paidOn}) in the budget of {@code kind}.
 */
public record CreditPayment(String id, String commitmentId, int creditYear, BudgetKind kind, BigDecimal amount,
                            LocalDate paidOn, String reference, String recordedBy, Instant recordedAt) {
}

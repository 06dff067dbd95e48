package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a subsidy's payment schedule (numbered from 1), with what has been paid on it and what is left. */
public record ScheduledPayment(int line, PaymentKind kind, BigDecimal amount, LocalDate dueOn, String condition,
                               BigDecimal paid, BigDecimal toPay) {
}

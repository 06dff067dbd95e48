package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment made on a grant: the grant's year it pays, whether it is the balance, the amount, date, payment order. */
public record GrantPayment(String id, int year, boolean balance, BigDecimal amount, LocalDate paidOn, String reference,
                           String recordedBy, Instant recordedAt) {
}

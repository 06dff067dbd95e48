package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment made against a line of a subsidy's schedule. */
public record Payment(String id, int line, PaymentKind kind, BigDecimal amount, LocalDate paidOn, String reference,
                      String supportingDocuments, String recordedBy, Instant recordedAt) {
}

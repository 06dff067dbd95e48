package fr.normandie.ecoles.funding;

import java.math.BigDecimal;

/**
 * A budget year's envelope, in euros: its amount, what decisions have committed against it, what has
 * been paid out of those commitments, and what remains to commit.
 */
public record Envelope(int year, BigDecimal amount, BigDecimal committed, BigDecimal paid, BigDecimal remaining) {
}

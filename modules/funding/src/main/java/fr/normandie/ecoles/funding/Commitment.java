package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment of the Region's budget and what became of it, in euros: {@code amount} as voted,
 * {@code paid} so far (whatever the years), {@code released} back to its year, and {@code toPay}, what
 * is left to pay ({@code amount - paid - released}). {@code projectId} or {@code schoolId} may be null.
 */
public record Commitment(String id, UUID grant, String projectId, UUID schoolId, int year, BudgetKind kind,
                         BigDecimal amount, BigDecimal paid, BigDecimal released, BigDecimal toPay,
                         BigDecimal recovered, CommitmentStatus status, String deliberation, LocalDate votedOn,
                         String label, String recordedBy, Instant recordedAt) {
}

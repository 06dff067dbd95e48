package fr.normandie.ecoles.app.notifications;

import java.time.Instant;

/**
 * A mail of the outbox as the administrator sees it. {@code state}: {@code PENDING} (to send, again at
 * {@code nextAttemptAt} after {@code attempts} failed tries), {@code SENT} (accepted by the SMTP server) or
 * {@code FILED} (no SMTP server configured: written under {@code DATA_DIR/outbox}).
 */
public record OutboxEntry(long id, String recipient, String address, String subject, String body, Instant queuedAt,
                          String state, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
}

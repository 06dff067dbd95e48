package fr.normandie.ecoles.app.notifications;

import java.time.Instant;

/** A mail of the outbox claimed for sending. */
record QueuedMail(long id, String address, String subject, String body, Instant queuedAt, int attempts) {
}

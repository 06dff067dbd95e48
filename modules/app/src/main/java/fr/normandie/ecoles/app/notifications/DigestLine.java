package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.kernel.Notice;

import java.time.Instant;

/** One notice kept for a person's daily digest: its kind, its one-line summary, its page and when it happened. */
public record DigestLine(Notice.Kind kind, String summary, String page, Instant occurredAt) {
}

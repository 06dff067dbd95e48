package fr.normandie.ecoles.app.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static fr.normandie.ecoles.app.notifications.NotificationTables.instant;

/** The outbox ({@code notifications.mail}): mails queued with their event, then claimed and sent one by one. */
@ApplicationScoped
public class OutboxMails {

    @Inject
    NotificationTables tables;

    void queue(String recipient, String address, RenderedMail mail, Instant now) {
        tables.update("""
                insert into notifications.mail (recipient, address, subject, body, queued_at, state, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, 'PENDING', 0, ?)""", recipient, address, mail.subject(), mail.body(), now, now);
    }

    /**
     * The oldest mail due for sending that no other transaction holds, locked until this transaction ends: two
     * nodes never claim the same mail, and neither waits for the other.
     */
    Optional<QueuedMail> claimNext(Instant now) {
        return tables.query("""
                select id, address, subject, body, queued_at, attempts from notifications.mail
                 where state = 'PENDING' and next_attempt_at <= ?
                 order by id fetch first 1 rows only for update skip locked""",
                row -> new QueuedMail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        instant(row, 5), row.getInt(6)), now).stream().findFirst();
    }

    /** @param state {@code SENT} or {@code FILED} */
    void delivered(long id, String state, Instant now) {
        tables.update("update notifications.mail set state = ?, sent_at = ?, attempts = attempts + 1, last_error = null "
                + "where id = ?", state, now, id);
    }

    void failed(long id, Instant nextAttempt, String error) {
        tables.update("update notifications.mail set attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                + "where id = ?", nextAttempt, error, id);
    }

    /** The latest mails, newest first. */
    public List<OutboxEntry> recent(int max) {
        return tables.query("""
                select id, recipient, address, subject, body, queued_at, state, attempts, next_attempt_at, sent_at, last_error
                  from notifications.mail order by id desc fetch first ? rows only""",
                row -> new OutboxEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), instant(row, 6), row.getString(7), row.getInt(8), instant(row, 9),
                        instant(row, 10), row.getString(11)), max);
    }
}

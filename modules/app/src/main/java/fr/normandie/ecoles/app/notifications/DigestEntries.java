package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.kernel.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fr.normandie.ecoles.app.notifications.NotificationTables.instant;

/** The notices kept for people's daily digests ({@code notifications.digest_entry}). */
@ApplicationScoped
public class DigestEntries {

    /** A kept notice, and whose digest it belongs to. */
    record Waiting(long id, String recipient, DigestLine line) {
    }

    @Inject
    NotificationTables tables;

    void keep(String recipient, DigestLine line) {
        tables.update("insert into notifications.digest_entry (recipient, kind, summary, page, occurred_at, occurred_on, gathered) "
                + "values (?, ?, ?, ?, ?, ?, false)", recipient, line.kind().name(), line.summary(), line.page(),
                line.occurredAt(), line.occurredAt().atZone(MailTexts.REGION).toLocalDate());
    }

    /**
     * The kept notices of days before {@code before} not yet gathered, locked until this transaction ends (skipping
     * those another node holds): each goes into one digest.
     */
    List<Waiting> claimBefore(LocalDate before, int max) {
        return tables.query("""
                select id, recipient, kind, summary, page, occurred_at from notifications.digest_entry
                 where gathered = false and occurred_on < ?
                 order by recipient, id fetch first ? rows only for update skip locked""",
                row -> new Waiting(row.getLong(1), row.getString(2), new DigestLine(Notice.Kind.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5), instant(row, 6))), before, max);
    }

    void gathered(long id) {
        tables.update("update notifications.digest_entry set gathered = true where id = ?", id);
    }
}

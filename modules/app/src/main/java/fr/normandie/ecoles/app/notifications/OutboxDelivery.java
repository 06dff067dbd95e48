package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.Mailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Sends the outbox, one mail per transaction, and gathers the daily digests.
 * <p>
 * <b>Exactly once, and where it is only at least once.</b> A mail is claimed with {@code for update skip locked}
 * and stays locked while it is sent; it is marked sent in that same transaction. So two nodes never send the same
 * mail (the second skips it), and a mail marked sent is never sent again. The one gap: if the node dies, or the
 * database refuses the commit, after the SMTP server accepted the mail and before the commit, the row is still
 * pending and the mail goes again later (at least once; the same Message-ID tells the copies apart). No protocol
 * closes that gap between a mail server and a database; it is as wide as one commit.
 * A refused or unreachable server costs a try: the mail waits {@code notifications.retry-first}, doubled at each
 * failure up to {@code notifications.retry-max}, and is never dropped.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    /** The most notices gathered into digests in one transaction. */
    private static final int DIGEST_BATCH = 1000;

    @Inject
    OutboxMails outbox;

    @Inject
    DigestEntries digests;

    @Inject
    MailTransport transport;

    @Inject
    Accounts accounts;

    @Inject
    MailTexts texts;

    @Inject
    @ConfigProperty(name = "notifications.retry-first", defaultValue = "PT30S")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = "notifications.retry-max", defaultValue = "PT1H")
    Duration retryMax;

    /** The time of day (Europe/Paris) after which the previous days' digests go out. */
    @Inject
    @ConfigProperty(name = "notifications.digest-time", defaultValue = "07:00")
    LocalTime digestTime;

    /** Sends the oldest mail due, if any; answers whether there was one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = Instant.now();
        return outbox.claimNext(now).map(mail -> {
            String state;
            try {
                state = transport.deliver(mail);
            } catch (MessagingException | IOException | RuntimeException failure) {
                Instant next = now.plus(backOff(mail.attempts() + 1, retryFirst, retryMax));
                LOG.warning(() -> "Courriel " + mail.id() + " non envoyé (essai " + (mail.attempts() + 1)
                        + "), nouvel essai à " + next + " : " + failure);
                outbox.failed(mail.id(), next, String.valueOf(failure.getMessage()));
                return true;
            }
            outbox.delivered(mail.id(), state, Instant.now());
            return true;
        }).orElse(false);
    }

    /**
     * Queues one digest per person for the notices they kept on the days before today (once
     * {@code notifications.digest-time} has passed, else before yesterday); answers how many were queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int gatherDigests() {
        ZonedDateTime now = ZonedDateTime.now(MailTexts.REGION);
        LocalDate before = now.toLocalTime().isBefore(digestTime) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        Map<String, List<DigestEntries.Waiting>> byPerson = new LinkedHashMap<>();
        digests.claimBefore(before, DIGEST_BATCH)
                .forEach(entry -> byPerson.computeIfAbsent(entry.recipient(), r -> new ArrayList<>()).add(entry));
        int queued = 0;
        for (Map.Entry<String, List<DigestEntries.Waiting>> person : byPerson.entrySet()) {
            List<Mailbox> mailbox = accounts.mailboxes(Set.of(), Set.of(person.getKey()), Set.of());
            if (!mailbox.isEmpty()) {
                outbox.queue(person.getKey(), mailbox.get(0).email(), texts.digest(mailbox.get(0).fullName(),
                        person.getValue().stream().map(DigestEntries.Waiting::line).toList()), now.toInstant());
                queued++;
            }
            person.getValue().forEach(entry -> digests.gathered(entry.id()));
        }
        return queued;
    }

    /** {@code first}, doubled at each further failure, never more than {@code max}. */
    static Duration backOff(int failures, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

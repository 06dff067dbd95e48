package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.absences.Absences;
import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.Mailbox;
import fr.normandie.ecoles.kernel.Notice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Queues what a notice tells, in the transaction that fired it (a synchronous observer): for each person it
 * reaches, a mail in the outbox, a line in their next digest, or nothing, as they chose for its kind. Nothing is
 * sent here: the mails leave after commit ({@link OutboxWorker}), so a step is never slowed, blocked or rolled
 * back by the mail server, and a step rolled back sends nothing.
 */
@ApplicationScoped
public class NoticeQueue {

    @Inject
    Accounts accounts;

    @Inject
    NotificationPreferences preferences;

    @Inject
    OutboxMails outbox;

    @Inject
    DigestEntries digests;

    @Inject
    MailTexts texts;

    @Inject
    Absences absences;

    void queue(@Observes Notice notice) {
        Instant now = Instant.now();
        for (Mailbox person : recipients(notice)) {
            switch (preferences.deliveryOf(person.username(), notice.kind())) {
                case IMMEDIATE -> outbox.queue(person.username(), person.email(), texts.notice(notice, person.fullName()), now);
                case DIGEST -> digests.keep(person.username(),
                        new DigestLine(notice.kind(), texts.summary(notice), notice.page(), now));
                case NONE -> {
                    // the person chose not to hear of this kind
                }
            }
        }
    }

    /** The people the notice reaches, and the substitutes of those of them absent today (issue 15). */
    private List<Mailbox> recipients(Notice notice) {
        List<Mailbox> reached = new ArrayList<>(accounts.mailboxes(notice.roles(), notice.people(), notice.carriers()));
        Set<String> told = reached.stream().map(Mailbox::username).collect(Collectors.toSet());
        Set<String> absent = new HashSet<>(told);
        absent.addAll(notice.people());
        Set<String> substitutes = new HashSet<>(absences.substitutesOf(absent));
        substitutes.removeAll(told);
        if (!substitutes.isEmpty()) {
            reached.addAll(accounts.mailboxes(Set.of(), substitutes, Set.of()));
        }
        return reached;
    }
}

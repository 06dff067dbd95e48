package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.security.InvitationSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * carriers: invite (issue 16). Queues an invitation's mail to the invitee's address, in the transaction of the
 * invitation (a synchronous observer): it leaves after commit with the outbox's retries, like every mail, and an
 * invitation rolled back sends nothing. The invitee has no account: the outbox names them {@value #RECIPIENT}.
 */
@ApplicationScoped
class InvitationMails {

    /** The outbox's recipient of an invitation's mail (the column names an account otherwise). */
    static final String RECIPIENT = "invitation";

    @Inject
    OutboxMails outbox;

    @Inject
    MailTexts texts;

    void queue(@Observes InvitationSent invitation) {
        outbox.queue(RECIPIENT, invitation.address(), texts.invitation(invitation), Instant.now());
    }
}

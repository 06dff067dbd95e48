package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.notifications.MailTransport;
import fr.normandie.ecoles.app.notifications.OutboxEntry;
import fr.normandie.ecoles.app.notifications.OutboxMails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The outbox page: the latest mails, whether they left, and where they go when no SMTP server is configured. */
@Named
@RequestScoped
public class OutboxAdmin {

    static final int SHOWN = 200;

    @Inject
    OutboxMails outbox;

    @Inject
    MailTransport transport;

    private List<OutboxEntry> mails;

    public List<OutboxEntry> getMails() {
        if (mails == null) {
            mails = outbox.recent(SHOWN);
        }
        return mails;
    }

    public boolean isSmtp() {
        return transport.smtp();
    }

    public String getDirectory() {
        return transport.outboxDirectory().toString();
    }
}

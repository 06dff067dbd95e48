package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.persistence.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends a mail of the outbox through Jakarta Mail (Payara ships it): to the SMTP server of {@code SMTP_HOST},
 * {@code SMTP_PORT} (with {@code SMTP_USER}, {@code SMTP_PASSWORD} and STARTTLS when {@code SMTP_STARTTLS} is
 * true), from {@code SMTP_FROM}. With no {@code SMTP_HOST} (the embedded default), the mail is written as an .eml
 * file under {@code DATA_DIR/outbox} instead, where a newcomer opens it. Each mail carries a Message-ID made from
 * its outbox row, so that a mail sent twice (see {@link OutboxDelivery}) is recognisably the same.
 */
@ApplicationScoped
public class MailTransport {

    static final String SENT = "SENT";
    static final String FILED = "FILED";

    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "ne-pas-repondre@ecoles-production.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "false")
    boolean startTls;

    /** How long to wait for the server to connect, answer, or take a write. */
    @Inject
    @ConfigProperty(name = "smtp.timeout", defaultValue = "PT10S")
    Duration timeout;

    private Session session;
    private Path outboxDirectory;

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        host.filter(h -> !h.isBlank()).ifPresent(h -> {
            properties.put("mail.smtp.host", h);
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
            properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
            String millis = String.valueOf(timeout.toMillis());
            properties.put("mail.smtp.connectiontimeout", millis);
            properties.put("mail.smtp.timeout", millis);
            properties.put("mail.smtp.writetimeout", millis);
        });
        session = Session.getInstance(properties, user.map(name -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name, password.orElse(""));
            }
        }).orElse(null));
        outboxDirectory = DatabaseSettings.fromEnvironment().dataDirectory().resolve("outbox");
    }

    /** Whether mails go to an SMTP server (else to files). */
    public boolean smtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Where the mails are written when there is no SMTP server. */
    public Path outboxDirectory() {
        return outboxDirectory;
    }

    /** Sends (or files) the mail; answers {@link #SENT} or {@link #FILED}. */
    String deliver(QueuedMail mail) throws MessagingException, IOException {
        MimeMessage message = new OutboxMessage(session, "<outbox-" + mail.id() + "." + mail.queuedAt().toEpochMilli()
                + "@" + domainOf(from) + ">");
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.address(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        if (smtp()) {
            Transport.send(message);
            return SENT;
        }
        file(message, mail.id());
        return FILED;
    }

    /** Written whole under a temporary name, then renamed: a reader never sees half a mail. */
    private void file(MimeMessage message, long id) throws MessagingException, IOException {
        Files.createDirectories(outboxDirectory);
        Path written = Files.createTempFile(outboxDirectory, "mail-" + id + "-", ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            message.writeTo(out);
        }
        Files.move(written, outboxDirectory.resolve(String.format("mail-%08d.eml", id)),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1).replace(">", "").strip();
    }

    /** A message whose Message-ID is the outbox row's, not a fresh one at each try. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

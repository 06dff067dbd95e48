package fr.normandie.ecoles.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the classes that run a real SMTP server (GreenMail) share: the port the build reserved and gave the
 * application under test ({@code it.smtp.port}; the classes run one after the other, each starting and stopping its
 * own server there), the mails it received for an address, their decoded text and subject, and the wait for mails
 * that leave the outbox after commit.
 */
final class ReceivedMails {

    static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp");
    /** How long a mail may take to leave the outbox (a round a second in the tests) on a loaded machine. */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private ReceivedMails() {
    }

    /** The mails the server received for the address, in the order received. */
    static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> sentTo(mail, address)).toList();
    }

    /** The mail's text, decoded (quoted-printable turns a link's {@code =} into {@code =3D}). */
    static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the list holds at least {@code count} elements; answers it. */
    static <T> List<T> await(Supplier<List<T>> found, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<T> now = found.get();
            if (now.size() >= count) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + PATIENCE + ": " + Optional.ofNullable(found.get()).orElse(List.of()));
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.security.InvitationSent;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;

import java.net.URI;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The French mails of {@code mails.properties}: one for a notice, one for a day's digest, each with the address of
 * the page to open on the application's public address. Plain text, so that every mail reader shows it alike.
 */
public final class MailTexts {

    static final ZoneId REGION = Clock.REGION;
    private static final String BUNDLE = "fr.normandie.ecoles.app.notifications.mails";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM 'à' HH'h'mm", Locale.FRANCE);
    /** The page where each person chooses what they receive, named at the foot of every mail. */
    static final String PREFERENCES_PAGE = "account/notifications.xhtml";
    /** carriers: invite (issue 16): the public page an invitation's link opens, before its token. */
    static final String INVITATION_PAGE = "invitation.xhtml?token=";

    private final URI publicAddress;
    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.FRANCE);

    /** @param publicAddress the address people use to reach the application ({@code https://ecoles.example.fr/}) */
    public MailTexts(URI publicAddress) {
        this.publicAddress = publicAddress;
    }

    /** The mail that tells one person of one notice at once. */
    public RenderedMail notice(Notice notice, String fullName) {
        StringBuilder body = new StringBuilder(text("mail.greeting", name(fullName))).append("\n\n")
                .append(text("notice." + notice.kind() + ".body", notice.about(), notice.what())).append('\n');
        notice.due().ifPresent(due -> body.append(text("mail.due", DAY.format(due))).append('\n'));
        body.append('\n').append(text("mail.open", link(notice.page()))).append("\n\n").append(signature());
        return new RenderedMail(summary(notice), body.toString());
    }

    /** The notice in one line: the subject of its own mail, a line of a digest. */
    public String summary(Notice notice) {
        return text("notice." + notice.kind() + ".subject", notice.about(), notice.what());
    }

    /** The digest of the notices kept for one person, grouped by kind in the order of the kinds, oldest first. */
    public RenderedMail digest(String fullName, List<DigestLine> lines) {
        StringBuilder body = new StringBuilder(text("mail.greeting", name(fullName))).append("\n\n")
                .append(text("digest.intro")).append('\n');
        Map<Notice.Kind, List<DigestLine>> byKind = lines.stream()
                .sorted(Comparator.comparing(DigestLine::occurredAt))
                .collect(Collectors.groupingBy(DigestLine::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, ofKind) -> {
            body.append('\n').append(kindLabel(kind)).append('\n');
            ofKind.forEach(line -> body.append(text("digest.line", line.summary(),
                    TIME.format(line.occurredAt().atZone(REGION)), link(line.page()))).append('\n'));
        });
        body.append('\n').append(signature());
        String day = DAY.format(lines.stream().map(DigestLine::occurredAt).max(Comparator.naturalOrder())
                .orElseThrow().atZone(REGION));
        return new RenderedMail(text("digest.subject", day, lines.size()), body.toString());
    }

    /**
     * carriers: invite (issue 16). The invitation to a carrier's contact: the link to choose a password on, and
     * until when it is valid. No preferences' footer: the invitee has no account yet.
     */
    public RenderedMail invitation(InvitationSent invitation) {
        String link = link(INVITATION_PAGE + invitation.token());
        String body = text("mail.greeting", name(invitation.fullName())) + "\n\n"
                + text("invitation.body", invitation.carrierName(), link,
                        TIME.format(invitation.expiresAt().atZone(REGION))) + "\n\n" + text("invitation.signature");
        return new RenderedMail(text("invitation.subject", invitation.carrierName()), body);
    }

    /** The name of a kind of notice, as the preferences page and the digest show it. */
    public static String kindLabel(Notice.Kind kind) {
        return ResourceBundle.getBundle(BUNDLE, Locale.FRANCE).getString("kind." + kind);
    }

    /** The absolute address of a page of the application. */
    public String link(String page) {
        return publicAddress.resolve(page).toString();
    }

    private String signature() {
        return text("mail.signature", link(PREFERENCES_PAGE));
    }

    private String name(String fullName) {
        return fullName == null || fullName.isBlank() ? "" : " " + fullName.strip();
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.FRANCE).format(arguments);
    }
}

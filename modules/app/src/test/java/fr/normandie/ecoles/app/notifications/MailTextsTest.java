package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The French mails: a notice's, a digest's, their links on the public address, and the retries' back-off. */
class MailTextsTest {

    private static final String PROJECT = "3f2a0c1e-0000-4000-8000-000000000001";
    private final MailTexts texts = new MailTexts(URI.create("https://ecoles.example.fr/"));

    @Test
    void aReminderTellsTheStepTheProjectItsDueDateAndTheLinkToItsPage() {
        Notice reminder = Notice.toRole(Notice.Kind.REMINDER, Role.STAFF, "École de production d'Alençon",
                "Portage territorial", LocalDate.of(2027, 3, 15), Notice.projectPage(PROJECT));

        RenderedMail mail = texts.notice(reminder, "Claire Martin");

        assertThat(mail.subject()).isEqualTo("Relance : Portage territorial — École de production d'Alençon");
        assertThat(mail.body())
                .startsWith("Bonjour Claire Martin,\n\n")
                .contains("L’étape « Portage territorial » du projet École de production d'Alençon attend toujours.")
                .contains("Échéance : lundi 15 mars 2027.")
                .contains("Ouvrir la page : https://ecoles.example.fr/projects/view.xhtml?id=" + PROJECT)
                .contains("Choisir les messages que vous recevez : https://ecoles.example.fr/account/notifications.xhtml");
    }

    @Test
    void aNoticeWithoutDueDateOrNameSaysNeither() {
        Notice opened = Notice.toPerson(Notice.Kind.TASK_ASSIGNED, "claire", "Lisieux", "Étude d'opportunité", null,
                Notice.projectPage(PROJECT));

        RenderedMail mail = texts.notice(opened, null);

        assertThat(mail.subject()).isEqualTo("Tâche confiée : Étude d'opportunité — Lisieux");
        assertThat(mail.body()).startsWith("Bonjour,\n\n").doesNotContain("Échéance");
    }

    @ParameterizedTest
    @EnumSource(Notice.Kind.class)
    void everyKindHasItsSubjectBodyAndLabelWithTheNamesInIt(Notice.Kind kind) {
        Notice notice = Notice.toRole(kind, Role.AUDITOR, "Vire", "Ce qui arrive", LocalDate.of(2027, 1, 4), "audits/queue.xhtml");

        RenderedMail mail = texts.notice(notice, "A");

        assertThat(mail.subject()).contains("Vire").doesNotContain("{").doesNotContain("notice.");
        assertThat(mail.body()).contains("Vire", "Ce qui arrive", "https://ecoles.example.fr/audits/queue.xhtml")
                .doesNotContain("{");
        assertThat(MailTexts.kindLabel(kind)).isNotBlank().doesNotContain("kind.");
    }

    @Test
    void aDigestGroupsTheDaysNoticesByKindOldestFirstUnderOneSubject() {
        Instant morning = Instant.parse("2027-03-15T08:30:00Z");
        List<DigestLine> lines = List.of(
                new DigestLine(Notice.Kind.REMINDER, "Relance : Portage territorial — Vire", "projects/view.xhtml?id=b",
                        morning.plus(Duration.ofHours(2))),
                new DigestLine(Notice.Kind.TASK_AVAILABLE, "Nouvelle tâche : Audit — Lisieux", "projects/view.xhtml?id=a",
                        morning),
                new DigestLine(Notice.Kind.REMINDER, "Relance : Étude — Alençon", "projects/view.xhtml?id=c", morning));

        RenderedMail digest = texts.digest("Claire", lines);

        assertThat(digest.subject()).isEqualTo("Votre résumé du lundi 15 mars 2027 : 3 notifications");
        String body = digest.body();
        assertThat(body).contains("- Relance : Étude — Alençon (15 mars à 09h30)\n  https://ecoles.example.fr/projects/view.xhtml?id=c");
        assertThat(body.indexOf("Tâches ouvertes pour vous")).isLessThan(body.indexOf("Relances"));
        assertThat(body.indexOf("Alençon")).isLessThan(body.indexOf("Vire"));
        assertThat(texts.digest("Claire", lines.subList(0, 1)).subject()).endsWith(": une notification");
    }

    @Test
    void linksFollowAPublicAddressWithAPath() {
        assertThat(new MailTexts(URI.create("https://region.example.fr/ecoles/")).link("inbox.xhtml"))
                .isEqualTo("https://region.example.fr/ecoles/inbox.xhtml");
    }

    @Test
    void retriesWaitLongerAtEachFailureUpToTheLimit() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(5);
        assertThat(OutboxDelivery.backOff(1, first, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxDelivery.backOff(2, first, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxDelivery.backOff(4, first, max)).isEqualTo(Duration.ofSeconds(240));
        assertThat(OutboxDelivery.backOff(5, first, max)).isEqualTo(max);
        assertThat(OutboxDelivery.backOff(500, first, max)).isEqualTo(max);
    }

    // carriers: invite (issue 16)
    @Test
    void anInvitationGivesTheLinkOnThePublicAddressAndItsExpiry() {
        RenderedMail mail = texts.invitation(new fr.normandie.ecoles.app.security.InvitationSent("Élodie Lefèvre",
                "elodie@bocage.example", "Association Bocage Formation", "abc_DEF-123",
                Instant.parse("2027-03-15T10:30:00Z")));

        assertThat(mail.subject()).isEqualTo("Invitation à l’espace des porteurs de projet — Association Bocage Formation");
        assertThat(mail.body()).startsWith("Bonjour Élodie Lefèvre,\n\n")
                .contains("ouvrir le compte de Association Bocage Formation")
                .contains("\nhttps://ecoles.example.fr/invitation.xhtml?token=abc_DEF-123\n")
                .contains("expire le 15 mars à 11h30")
                .doesNotContain("Choisir les messages");
    }
}

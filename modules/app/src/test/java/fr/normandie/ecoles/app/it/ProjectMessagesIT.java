package fr.normandie.ecoles.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages between a project's carrier and the Region (issue 16), against a real SMTP server (GreenMail, on the port
 * the build reserved, as {@link NotificationsIT} does; the two classes run one after the other, each starting and
 * stopping its own server): a carrier's message mails the project's officer once, the officer's answer mails the
 * carrier's accounts once and another carrier's none; both are on the timeline; another carrier neither reads nor
 * writes the thread (404, nothing written); a carrier reads no internal comment on any path; a wrong message is
 * refused cleanly, writes nothing and tells nobody; the carrier answers on its page, which is accessible.
 */
class ProjectMessagesIT extends DeployedApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Several outbox rounds (one a second here): what has not arrived by then is not on its way. */
    private static final Duration QUIET = Duration.ofSeconds(6);
    private static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp");

    /** This run's carriers: new names, so that the accounts opened for them act for these carriers alone. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICER = "it-msg-officer";
    private static final String OFFICER_ADDRESS = "officer@messages.it.example";
    private static final String CARRIER_A = "it-msg-carrier-a-" + RUN;
    private static final String CARRIER_A_ADDRESS = "carrier-a@messages.it.example";
    private static final String CARRIER_B = "it-msg-carrier-b-" + RUN;
    private static final String CARRIER_B_ADDRESS = "carrier-b@messages.it.example";

    private static GreenMail smtp;

    /** Carrier A's project (its officer: {@link #OFFICER}) and carrier B's, registered for each test. */
    private String projectA;
    private String projectB;
    private String nameA;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @BeforeEach
    void twoCarriersWithTheirProjectsAndAccounts() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        openAccount(Map.of("username", OFFICER, "password", Api.PASSWORD, "fullName", "Chargée Messages",
                "roles", List.of("STAFF")));
        nameA = "École des messages A " + UUID.randomUUID();
        projectA = register(nameA, "Association des messages A " + RUN);
        projectB = register("École des messages B " + UUID.randomUUID(), "Association des messages B " + RUN);
        openAccount(Map.of("username", CARRIER_A, "password", Api.PASSWORD, "fullName", "Porteur A",
                "roles", List.of("CARRIER"), "carrier", carrierOf(projectA)));
        openAccount(Map.of("username", CARRIER_B, "password", Api.PASSWORD, "fullName", "Porteur B",
                "roles", List.of("CARRIER"), "carrier", carrierOf(projectB)));
        email(OFFICER, OFFICER_ADDRESS);
        email(CARRIER_A, CARRIER_A_ADDRESS);
        email(CARRIER_B, CARRIER_B_ADDRESS);
    }

    /** The later test classes share the database: nobody here keeps an address. */
    @AfterEach
    void noAddressesLeft() {
        for (String person : List.of(OFFICER, CARRIER_A, CARRIER_B)) {
            email(person, "");
        }
    }

    @Test
    void theCarriersMessageMailsTheOfficerOnceAndTheAnswerMailsTheCarriersAccountsAlone() throws Exception {
        // Given carrier A's project, whose officer has an address
        // When the carrier writes to the Region
        Response written = write(CARRIER_A, projectA, "Bonjour, l'étude d'opportunité est prête : {0} & <b>?</b>");
        assertThat(written.statusCode()).as(written.asString()).isEqualTo(201);
        assertThat(written.jsonPath().getBoolean("fromCarrier")).isTrue();
        assertThat(written.jsonPath().getString("author")).isEqualTo(CARRIER_A);

        // Then the officer gets exactly one mail, in French, with the message as typed and the project's page
        MimeMessage told = await(() -> mails(OFFICER_ADDRESS, "Nouveau message : " + nameA), 1).get(0);
        assertThat(text(told)).contains("l'étude d'opportunité est prête : {0} & <b>?</b>",
                "projects/view.xhtml?id=" + projectA);

        // When the officer answers
        Response answer = write(OFFICER, projectA, "Merci, nous la lisons cette semaine.");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        assertThat(answer.jsonPath().getBoolean("fromCarrier")).isFalse();

        // Then carrier A's account gets one mail linking to its messages page; carrier B's none, the officer no more
        MimeMessage reply = await(() -> mails(CARRIER_A_ADDRESS, "Nouveau message : " + nameA), 1).get(0);
        assertThat(text(reply)).contains("Merci, nous la lisons cette semaine.",
                "carrier/messages.xhtml?project=" + projectA);
        Thread.sleep(QUIET.toMillis());
        assertThat(mails(OFFICER_ADDRESS, "Nouveau message")).hasSize(1);
        assertThat(mails(CARRIER_A_ADDRESS, "")).hasSize(1);
        assertThat(mails(CARRIER_B_ADDRESS, "")).isEmpty();

        // and both sides read the thread, oldest first, as do the Region's readers
        for (String reader : List.of(CARRIER_A, OFFICER, Api.VIEWER, Api.AUDITOR, Api.FUNDING)) {
            Response thread = api.as(reader).get(messages(projectA));
            assertThat(thread.statusCode()).as(reader).isEqualTo(200);
            assertThat(thread.jsonPath().getList("fromCarrier", Boolean.class)).as(reader).containsExactly(true, false);
        }
        // and both are on the project's timeline
        List<Map<String, Object>> timeline = api.as(Api.VIEWER).get("api/projects/" + projectA + "/timeline")
                .jsonPath().getList("findAll { it.kind == 'MESSAGE_WRITTEN' }");
        assertThat(timeline).extracting(entry -> entry.get("who")).containsExactly(CARRIER_A, OFFICER);
        assertThat(timeline).extracting(entry -> (String) entry.get("summary")).satisfiesExactly(
                summary -> assertThat(summary).startsWith("Message du porteur : « Bonjour"),
                summary -> assertThat(summary).startsWith("Message de la Région : « Merci"));
    }

    @Test
    void anotherCarrierNeitherReadsNorWritesTheThread() throws Exception {
        // Given carrier A's thread with one message
        assertThat(write(CARRIER_A, projectA, "Une question sur le calendrier.").statusCode()).isEqualTo(201);
        await(() -> mails(OFFICER_ADDRESS, "Nouveau message"), 1);

        // When carrier B reads or writes it, it is answered as a project that does not exist, whatever the body
        Response missing = api.as(CARRIER_B).get(messages(UUID.randomUUID().toString()));
        assertThat(missing.statusCode()).isEqualTo(404);
        Response read = api.as(CARRIER_B).get(messages(projectA));
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.jsonPath().getString("title")).isEqualTo(missing.jsonPath().getString("title"));
        assertThat(write(CARRIER_B, projectA, "Je lis chez le voisin.").statusCode()).isEqualTo(404);
        assertThat(write(CARRIER_B, projectA, "").statusCode()).isEqualTo(404);
        assertThat(write(CARRIER_B, "pas-un-identifiant", "Bonjour").statusCode()).isEqualTo(404);

        // Then nothing was written and nobody told; its own thread stays empty and open to it
        assertThat(api.as(Api.VIEWER).get(messages(projectA)).jsonPath().getList("author"))
                .containsExactly(CARRIER_A);
        assertThat(api.as(CARRIER_B).get(messages(projectB)).jsonPath().getList("$")).isEmpty();
        Thread.sleep(QUIET.toMillis());
        assertThat(mails(OFFICER_ADDRESS, "Nouveau message")).hasSize(1);
        assertThat(mails(CARRIER_A_ADDRESS, "")).isEmpty();
    }

    @Test
    void aCarrierReadsNoInternalCommentOnAnyPath() throws Exception {
        // Given an internal comment of the staff on carrier A's project
        assertThat(api.as(OFFICER).body(Map.of("text", "Interne : le porteur est fragile financièrement."))
                .post("api/projects/" + projectA + "/comments").statusCode()).isEqualTo(201);

        // Then its carrier reads it nowhere: neither the comments nor the staff's timeline, and writes none
        assertThat(api.as(CARRIER_A).get("api/projects/" + projectA + "/comments").statusCode()).isEqualTo(403);
        assertThat(api.as(CARRIER_A).body(Map.of("text", "Moi aussi"))
                .post("api/projects/" + projectA + "/comments").statusCode()).isEqualTo(403);
        assertThat(api.as(CARRIER_A).get("api/projects/" + projectA + "/timeline").statusCode()).isEqualTo(403);
        // (nor the project's page of the staff: see the browser test) nor its messages
        assertThat(api.as(CARRIER_A).get(messages(projectA)).asString()).doesNotContain("fragile");
        assertThat(api.as(Api.VIEWER).get("api/projects/" + projectA + "/comments").jsonPath().getList("text"))
                .containsExactly("Interne : le porteur est fragile financièrement.");
    }

    @Test
    void aWrongMessageIsRefusedCleanlyWritesNothingAndTellsNobody() throws Exception {
        // blank, too long: 422, the field named, in French
        for (String text : List.of("", "   \n  ", "x".repeat(5001))) {
            Response refused = write(CARRIER_A, projectA, text);
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getList("errors.field")).containsExactly("text");
            assertThat(refused.jsonPath().getList("errors.message", String.class))
                    .allMatch(message -> message.startsWith("Le message"));
        }
        assertThat(write(OFFICER, projectA, "y".repeat(5001)).statusCode()).isEqualTo(422);
        // wrong types, no body, not JSON: 400
        for (String body : List.of("{\"text\": 12}", "{\"text\": [\"a\"]}", "{\"text\": true}",
                "", "pas du JSON", "{\"text\": \"a\"", "[]", "\"texte\"")) {
            Response refused = api.as(CARRIER_A).body(body).post(messages(projectA));
            assertThat(refused.statusCode()).as(body + " → " + refused.asString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        // the roles that only read: 403
        for (String reader : List.of(Api.VIEWER, Api.AUDITOR, Api.FUNDING)) {
            assertThat(write(reader, projectA, "Je ne fais que lire.").statusCode()).as(reader).isEqualTo(403);
        }
        // an unknown project: 404
        assertThat(write(OFFICER, UUID.randomUUID().toString(), "Bonjour").statusCode()).isEqualTo(404);

        // nothing written, nobody told
        assertThat(api.as(Api.VIEWER).get(messages(projectA)).jsonPath().getList("$")).isEmpty();
        assertThat(api.as(Api.VIEWER).get("api/projects/" + projectA + "/timeline").jsonPath()
                .getList("findAll { it.kind == 'MESSAGE_WRITTEN' }")).isEmpty();
        Thread.sleep(QUIET.toMillis());
        assertThat(mails(OFFICER_ADDRESS, "Nouveau message")).isEmpty();
        assertThat(mails(CARRIER_A_ADDRESS, "")).isEmpty();

        // and the longest message is welcome; who wrote it is the caller, whatever the body claims
        Response longest = api.as(CARRIER_A).body(Map.of("text", "z".repeat(5000), "fromCarrier", false,
                "author", OFFICER)).post(messages(projectA));
        assertThat(longest.statusCode()).as(longest.asString()).isEqualTo(201);
        assertThat(longest.jsonPath().getBoolean("fromCarrier")).isTrue();
        assertThat(longest.jsonPath().getString("author")).isEqualTo(CARRIER_A);
        await(() -> mails(OFFICER_ADDRESS, "Nouveau message"), 1);
    }

    @Test
    void theCarrierAnswersAMessageOnItsPage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMEDRIVER));
        // Given the officer's question to carrier A, and an internal comment
        assertThat(write(OFFICER, projectA, "Pouvez-vous nous envoyer les statuts ?").statusCode()).isEqualTo(201);
        assertThat(api.as(OFFICER).body(Map.of("text", "Interne : relancer la mairie."))
                .post("api/projects/" + projectA + "/comments").statusCode()).isEqualTo(201);
        await(() -> mails(CARRIER_A_ADDRESS, "Nouveau message"), 1);

        try (Browser browser = Browser.open(base)) {
            // When the carrier opens its messages page from the mail's link
            browser.signIn(CARRIER_A, Api.PASSWORD);
            browser.go("carrier/messages.xhtml?project=" + projectA);
            assertThat(browser.heading()).contains(nameA);
            assertThat(browser.text(By.id("message-list"))).contains("Nouveau", "Région Normandie",
                    "Pouvez-vous nous envoyer les statuts ?");
            browser.assertAccessible("carrier/messages.xhtml");
            browser.screenshot("carrier-messages");

            // an empty message is refused next to its field, in French, and sends nothing
            browser.submit("message:send");
            browser.waitForText(By.id("message:text-message"), "Le message ne peut pas être vide");
            browser.assertAccessible("carrier/messages.xhtml (refused)");

            // Then its answer is sent, shown in the thread, and the officer is told
            browser.type("message:text", "Les statuts sont déposés dans les documents.");
            browser.submit("message:send");
            browser.waitForText(By.tagName("main"), "Votre message est envoyé.");
            assertThat(browser.text(By.id("message-list"))).contains("Porteur du projet",
                    "Les statuts sont déposés dans les documents.").doesNotContain("Nouveau");

            assertThat(browser.text(By.tagName("main"))).doesNotContain("relancer la mairie");

            // another carrier's thread, or a wrong address, is a page not found; the staff's page is closed
            assertThat(browser.fetch("carrier/messages.xhtml?project=" + projectB).statusCode()).isEqualTo(404);
            assertThat(browser.fetch("carrier/messages.xhtml?project=nimporte").statusCode()).isEqualTo(404);
            var staffPage = browser.fetch("projects/view.xhtml?id=" + projectA);
            assertThat(staffPage.statusCode()).isEqualTo(403);
            assertThat(new String(staffPage.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("relancer la mairie");
            browser.signOut();

            // and the staff read it on the project's page, apart from the internal comments
            browser.signIn(OFFICER, Api.PASSWORD);
            browser.go("projects/view.xhtml?id=" + projectA);
            assertThat(browser.text(By.id("carrier-messages-section"))).contains("Messages avec le porteur",
                    "Un nouveau message", "Les statuts sont déposés dans les documents.");
            assertThat(browser.text(By.id("comments-section"))).contains("Commentaires internes",
                    "relancer la mairie").doesNotContain("Les statuts sont déposés");
            browser.assertAccessible("projects/view.xhtml (messages)");
        }
        MimeMessage told = await(() -> mails(OFFICER_ADDRESS, "Nouveau message : " + nameA), 1).get(0);
        assertThat(text(told)).contains("Les statuts sont déposés dans les documents.");
        assertThat(api.as(CARRIER_A).get(messages(projectA)).jsonPath().getList("read", Boolean.class))
                .as("each side read the other's message").containsExactly(true, true);
    }

    private String register(String name, String carrier) {
        Map<String, Object> registration = new HashMap<>(Api.registration(name, "61", "61001"));
        registration.put("carrier", carrier);
        Response registered = api.as(OFFICER).body(registration).post("api/projects");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        return registered.path("id");
    }

    private String carrierOf(String project) {
        return api.project(project).path("carrierId");
    }

    private void openAccount(Map<String, Object> account) {
        Response opened = api.admin().body(account).post("api/accounts");
        assertThat(opened.statusCode()).as(opened.asString()).isIn(201, 409);
    }

    private void email(String person, String address) {
        Response changed = api.admin().body(Map.of("email", address)).put("api/accounts/" + person + "/email");
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(204);
    }

    private Response write(String author, String project, String text) {
        return api.as(author).body(Map.of("text", text)).post(messages(project));
    }

    private static String messages(String project) {
        return "api/projects/" + project + "/messages";
    }

    /** The mails the server received for the address whose subject starts so. */
    private static List<MimeMessage> mails(String address, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> sentTo(mail, address))
                .filter(mail -> subjectOf(mail).startsWith(subject)).toList();
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code found} finds {@code count} mails (or more), then answers them. */
    private static List<MimeMessage> await(Supplier<List<MimeMessage>> found, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<MimeMessage> mails = found.get();
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            mails = found.get();
        }
        assertThat(mails).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }
}

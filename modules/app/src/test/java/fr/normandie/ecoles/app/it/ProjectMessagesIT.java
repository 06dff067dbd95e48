package fr.normandie.ecoles.app.it;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.ReceivedMails.SMTP;
import static fr.normandie.ecoles.app.it.ReceivedMails.await;
import static fr.normandie.ecoles.app.it.ReceivedMails.subjectOf;
import static fr.normandie.ecoles.app.it.ReceivedMails.text;
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

    /** This run's carriers: new names, so that the accounts opened for them act for these carriers alone. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICER = "it-msg-officer";
    private static final String OFFICER_ADDRESS = "officer@messages.it.example";
    private static final String CARRIER_A = "it-msg-carrier-a-" + RUN;
    private static final String CARRIER_A_ADDRESS = "carrier-a@messages.it.example";
    private static final String CARRIER_B = "it-msg-carrier-b-" + RUN;
    private static final String CARRIER_B_ADDRESS = "carrier-b@messages.it.example";

    /** A staff member who registers a project and leaves (account deactivated). */
    private static final String LEAVER = "it-msg-leaver";
    private static final String NO_SUCH_MESSAGE = "it_no_such_message";

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
        Outbox.settled(api, projectA);
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
        assertThat(api.as(CARRIER_B).get(messages(projectA) + "/unread").statusCode()).isEqualTo(404);
        assertThat(read.jsonPath().getString("title")).isEqualTo(missing.jsonPath().getString("title"));
        assertThat(write(CARRIER_B, projectA, "Je lis chez le voisin.").statusCode()).isEqualTo(404);
        assertThat(write(CARRIER_B, projectA, "").statusCode()).isEqualTo(404);
        assertThat(write(CARRIER_B, "pas-un-identifiant", "Bonjour").statusCode()).isEqualTo(404);

        // Then nothing was written and nobody told; its own thread stays empty and open to it
        assertThat(api.as(Api.VIEWER).get(messages(projectA)).jsonPath().getList("author"))
                .containsExactly(CARRIER_A);
        assertThat(api.as(CARRIER_B).get(messages(projectB)).jsonPath().getList("$")).isEmpty();
        Outbox.settled(api, projectA);
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
        // (the timeline is open to the carrier, without the comments: TimelineKind.seenByCarriers)
        Response timeline = api.as(CARRIER_A).get("api/projects/" + projectA + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.asString()).doesNotContain("fragile", "COMMENT_ADDED");
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
        Outbox.settled(api, projectA);
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
    void aMessageTheDatabaseRefusesIsWrittenNowhereAndToldToNobody() throws Exception {
        // Given the database refusing one message body (as it would fail on any write)
        try (Connection db = EngineTables.open()) {
            db.createStatement().execute("alter table schools.project_message add constraint " + NO_SUCH_MESSAGE
                    + " check (body <> 'Refusé par la base') not valid");
        }
        try {
            // When the carrier writes it, the write fails at commit, after the notice was fired in its transaction
            // (the application answers a constraint refused at commit as a conflict)
            Response failed = write(CARRIER_A, projectA, "Refusé par la base");
            assertThat(failed.statusCode()).as(failed.asString()).isEqualTo(409);
            assertThat(failed.contentType()).startsWith("application/problem+json");
        } finally {
            try (Connection db = EngineTables.open()) {
                db.createStatement().execute("alter table schools.project_message drop constraint if exists "
                        + NO_SUCH_MESSAGE);
            }
        }
        // Then nothing is in the thread, on the timeline or in the outbox, and no mail leaves
        assertThat(api.as(Api.VIEWER).get(messages(projectA)).jsonPath().getList("$")).isEmpty();
        assertThat(api.as(Api.VIEWER).get("api/projects/" + projectA + "/timeline").jsonPath()
                .getList("findAll { it.kind == 'MESSAGE_WRITTEN' }")).isEmpty();
        assertThat(api.admin().get("api/notifications/outbox").asString()).doesNotContain("Nouveau message : " + nameA);
        Outbox.settled(api, projectA);
        assertThat(mails(OFFICER_ADDRESS, "Nouveau message")).isEmpty();

        // and the next message goes, once
        assertThat(write(CARRIER_A, projectA, "Accepté par la base").statusCode()).isEqualTo(201);
        await(() -> mails(OFFICER_ADDRESS, "Nouveau message : " + nameA), 1);
    }

    @Test
    void withoutAnActiveOfficerTheDepartmentsOfficersAreTold() throws Exception {
        // Given a project of carrier A in the Manche whose officer left (account deactivated)
        openAccount(Map.of("username", LEAVER, "password", Api.PASSWORD, "fullName", "Partie", "roles", List.of("STAFF")));
        assertThat(api.admin().post("api/accounts/" + LEAVER + "/reactivate").statusCode()).isEqualTo(200);
        String name = "École des messages Manche " + UUID.randomUUID();
        String project = register(LEAVER, name, "Association des messages A " + RUN, "50", "50129");
        assertThat(api.admin().post("api/accounts/" + LEAVER + "/deactivate").statusCode()).isEqualTo(200);
        // and the department's officer is ours
        List<String> before = api.as(Api.VIEWER).get("api/departments/officers").jsonPath().getList("'50'");
        assertThat(api.admin().body(Map.of("officers", List.of(OFFICER))).put("api/departments/50/officers")
                .statusCode()).isEqualTo(200);
        try {
            // When the carrier writes
            assertThat(write(CARRIER_A, project, "Notre chargée de mission ne répond plus.").statusCode())
                    .isEqualTo(201);

            // Then the department's officer is told, once
            MimeMessage told = await(() -> mails(OFFICER_ADDRESS, "Nouveau message : " + name), 1).get(0);
            assertThat(text(told)).contains("ne répond plus", "projects/view.xhtml?id=" + project);
            Outbox.settled(api, project);
            assertThat(mails(OFFICER_ADDRESS, "Nouveau message")).hasSize(1);
        } finally {
            api.admin().body(Map.of("officers", before == null ? List.of() : before)).put("api/departments/50/officers")
                    .then().statusCode(200);
        }
    }

    @Test
    void theCarrierAnswersAMessageOnItsPage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMEDRIVER));
        // Given the officer's question to carrier A, and an internal comment
        assertThat(write(OFFICER, projectA, "Pouvez-vous nous envoyer les statuts ?").statusCode()).isEqualTo(201);
        assertThat(api.as(OFFICER).body(Map.of("text", "Interne : relancer la mairie."))
                .post("api/projects/" + projectA + "/comments").statusCode()).isEqualTo(201);
        await(() -> mails(CARRIER_A_ADDRESS, "Nouveau message"), 1);
        assertThat(unread(CARRIER_A, projectA)).isEqualTo(1);
        assertThat(unread(OFFICER, projectA)).isZero();

        try (Browser browser = Browser.open(base)) {
            // When the carrier opens its messages page from the mail's link
            browser.signIn(CARRIER_A, Api.PASSWORD);
            browser.go("carrier/messages.xhtml?project=" + projectA);
            assertThat(browser.heading()).contains(nameA);
            assertThat(browser.text(By.id("message-list"))).contains("Nouveau", "Région Normandie",
                    "Pouvez-vous nous envoyer les statuts ?");
            browser.assertAccessible("carrier/messages.xhtml");
            browser.screenshot("carrier-messages");
            assertThat(unread(CARRIER_A, projectA)).as("read once the page opened").isZero();

            // an empty message is refused next to its field, in French, and sends nothing
            browser.submit("message:send");
            browser.waitForText(By.id("message:text-message"), "Le message ne peut pas être vide");
            browser.assertAccessible("carrier/messages.xhtml (refused)");

            // Then its answer is sent, shown in the thread, and the officer is told
            browser.type("message:text", "Les statuts sont déposés dans les documents.");
            browser.submit("message:send");
            browser.waitForText(By.tagName("main"), "Votre message est envoyé.");
            assertThat(browser.consoleErrors()).as("no Content-Security-Policy violation on the carrier's page")
                    .noneSatisfy(error -> assertThat(error).contains("Content Security Policy"));
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
            assertThat(unread(OFFICER, projectA)).isEqualTo(1);
            assertThat(unread(Api.VIEWER, projectA)).as("a reader has nothing to answer").isZero();
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
        assertThat(unread(OFFICER, projectA)).isZero();
    }

    private String register(String name, String carrier) {
        return register(OFFICER, name, carrier, "61", "61001");
    }

    private String register(String officer, String name, String carrier, String department, String commune) {
        Map<String, Object> registration = new HashMap<>(Api.registration(name, department, commune));
        registration.put("carrier", carrier);
        Response registered = api.as(officer).body(registration).post("api/projects");
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

    private long unread(String reader, String project) {
        Response unread = api.as(reader).get(messages(project) + "/unread");
        assertThat(unread.statusCode()).as(unread.asString()).isEqualTo(200);
        return Long.parseLong(unread.asString().strip());
    }

    private static String messages(String project) {
        return "api/projects/" + project + "/messages";
    }

    /** The mails the server received for the address whose subject starts so. */
    private static List<MimeMessage> mails(String address, String subject) {
        return ReceivedMails.to(smtp, address).stream().filter(mail -> subjectOf(mail).startsWith(subject)).toList();
    }
}

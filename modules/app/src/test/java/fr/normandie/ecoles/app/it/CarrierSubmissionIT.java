package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The carrier's submission and staff's completion request through the opening process (issue 16, submit), over the
 * API and in the system's Chromium: a carrier with an account submits its backing file, staff send it back with a
 * message and a deadline, the late carrier is reminded, submits again, staff accept and the project goes on to the
 * study. Another carrier neither sees nor completes the task (404, nothing changes); staff cannot submit for the
 * carrier; a bad request is refused field by field and writes nothing; a carrier without an account leaves the
 * backing to staff as before.
 */
class CarrierSubmissionIT extends InTheBrowser {

    private static final String CALVADOS = "14";
    private static final String COMMUNE = "14118";
    private static final String CARRIER_ADDRESS = "depot@it.example";
    private static final String SUBMISSION = "backing-submission";
    private static final String BACKING = "territorial-backing";

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void theCarrierSubmitsStaffAskForACompletionTheLateCarrierIsRemindedThenStaffAccept() throws Exception {
        // Given a carrier with an account (and an e-mail address), and a project it carries
        String carrier = carrier("Association Dépôt en ligne");
        String account = carrierAccount(carrier, "it-depot-" + System.nanoTime(), CARRIER_ADDRESS);
        String project = register(carrier, "École déposée " + System.nanoTime());

        // Then the backing waits for the carrier: its task is the carrier's, staff have none yet
        String submission = api.task(account, project, SUBMISSION);
        assertThat(openTasks(Api.STAFF, project)).isEmpty();
        assertThat(mails(account)).anyMatch(mail -> mail.contains("Dépôt du dossier de portage"));

        // When the carrier submits its file with a comment
        Response submitted = api.complete(account, submission, Map.of("comment", "Les lettres de soutien sont jointes."));
        assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(200);

        // Then staff have the territorial backing, and the submission is on the timeline
        String backing = api.task(Api.STAFF, project, BACKING);
        assertThat(timeline(project)).anyMatch(entry -> entry.startsWith("FILE_SUBMITTED")
                && entry.contains("Les lettres de soutien sont jointes."));

        // When staff ask for a completion, refused first without a message and with a past deadline
        Response refused = api.as(Api.STAFF).body(Map.of("message", "  ", "deadline", today.minusDays(1).toString()))
                .post("api/tasks/" + backing + "/completion-request");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactlyInAnyOrder("message", "deadline");
        assertThat(openTasks(Api.STAFF, project)).containsExactly(backing);
        // refused for anyone but the step's role, and for a carrier at the door
        assertThat(api.as(Api.AUDITOR).body(request("Il manque la lettre de la commune.", today))
                .post("api/tasks/" + backing + "/completion-request").statusCode()).isEqualTo(403);
        assertThat(api.as(account).body(request("Il manque la lettre de la commune.", today))
                .post("api/tasks/" + backing + "/completion-request").statusCode()).isEqualTo(403);
        Response asked = api.as(Api.STAFF).body(request("Il manque la lettre de la communauté de communes.", today))
                .post("api/tasks/" + backing + "/completion-request");
        assertThat(asked.statusCode()).as(asked.asString()).isEqualTo(204);

        // Then the file is the carrier's again, due at the end of the deadline, the carrier is told, the timeline says so
        assertThat(openTasks(Api.STAFF, project)).isEmpty();
        String again = api.task(account, project, SUBMISSION);
        assertThat(timeline(project)).anyMatch(entry -> entry.startsWith("COMPLETION_REQUESTED")
                && entry.contains("Il manque la lettre de la communauté de communes."));
        assertThat(mails(account)).anyMatch(mail -> mail.startsWith("Compléments demandés")
                && mail.contains("Il manque la lettre de la communauté de communes."));

        // When the carrier is late and its reminder falls due
        EngineTables.reminderDueNow(project);

        // Then the reminder is on the timeline and reaches the carrier, whose file still waits
        awaitTimeline(project, "REMINDER_SENT");
        assertThat(timeline(project)).anyMatch(entry -> entry.startsWith("REMINDER_SENT")
                && entry.contains("Dépôt du dossier de portage"));
        assertThat(mails(account)).anyMatch(mail -> mail.startsWith("Relance : Dépôt du dossier de portage"));
        assertThat(api.task(account, project, SUBMISSION)).isEqualTo(again);

        // When the carrier completes its file and staff accept it
        Response completed = api.complete(account, again, Map.of("comment", "Lettre de la communauté de communes jointe."));
        assertThat(completed.statusCode()).as(completed.asString()).isEqualTo(200);
        api.fileMandatoryDocuments(account, project, BACKING);
        api.step(Api.STAFF, project, BACKING, Api.backing(true));

        // Then the project moves on to the opportunity study, which the carrier files first
        api.task(account, project, "study-submission");
        assertThat(api.project(project).jsonPath().getList("history.step", String.class)).containsExactly(BACKING);
    }

    @Test
    void anotherCarrierNeitherSeesNorCompletesTheTaskAndStaffCannotSubmitForTheCarrier() {
        // Given a project whose carrier has its file to submit, and another carrier with an account
        String carrier = carrier("Association Porteuse");
        String account = carrierAccount(carrier, "it-porteur-" + System.nanoTime(), null);
        String project = register(carrier, "École convoitée " + System.nanoTime());
        String submission = api.task(account, project, SUBMISSION);
        String other = carrierAccount(carrier("Association Voisine"), "it-voisin-" + System.nanoTime(), null);

        // Then the other carrier does not see it, and completing it is answered as a task that does not exist
        assertThat(openTasks(other, project)).isEmpty();
        assertThat(api.as(other).get("api/tasks").jsonPath().getList("id", String.class)).doesNotContain(submission);
        Response foreign = api.complete(other, submission, Map.of("comment", "Je dépose à sa place."));
        assertThat(foreign.statusCode()).as(foreign.asString()).isEqualTo(404);
        assertThat(foreign.asString()).doesNotContain(project);
        assertThat(api.complete(other, "no-such-task", Map.of("comment", "")).statusCode()).isEqualTo(404);

        // and staff cannot submit the carrier's file in its place
        assertThat(api.complete(Api.STAFF, submission, Map.of("comment", "Pour le porteur.")).statusCode()).isEqualTo(403);

        // and a comment too long is refused on its field
        Response tooLong = api.complete(account, submission, Map.of("comment", "x".repeat(2001)));
        assertThat(tooLong.statusCode()).as(tooLong.asString()).isEqualTo(422);
        assertThat(tooLong.jsonPath().getList("errors.field", String.class)).containsExactly("comment");

        // and nothing changed: the carrier's file still waits for it, nothing on the timeline
        assertThat(openTasks(account, project)).containsExactly(submission);
        assertThat(timeline(project)).noneMatch(entry -> entry.startsWith("FILE_SUBMITTED"));

        // When the carrier submits, the staff task is no more the other carrier's than the carrier's file was
        assertThat(api.complete(account, submission, Map.of()).statusCode()).isEqualTo(200);
        String backing = api.task(Api.STAFF, project, BACKING);
        assertThat(api.complete(other, backing, Api.backing(true)).statusCode()).isEqualTo(404);
        // a task done is answered to another carrier as not found, to its own as done
        assertThat(api.complete(other, submission, Map.of()).statusCode()).isEqualTo(404);
        assertThat(api.complete(account, submission, Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void aCarrierWithoutAnAccountLeavesTheBackingToStaffWhoCannotAskItForACompletion() {
        // Given a project whose carrier has no account
        String project = register(carrier("Association Hors Ligne"), "École sur papier " + System.nanoTime());

        // Then staff have the backing at once, as before
        String backing = api.task(Api.STAFF, project, BACKING);

        // and no completion can be asked of a carrier that does not file online: nothing written
        Response refused = api.as(Api.STAFF).body(request("Il manque une lettre.", today))
                .post("api/tasks/" + backing + "/completion-request");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(timeline(project)).noneMatch(entry -> entry.startsWith("COMPLETION_REQUESTED"));
        assertThat(openTasks(Api.STAFF, project)).containsExactly(backing);
    }

    @Test
    void staffAskForACompletionOnTheProjectPageAndTheCarrierAnswersOnItsSubmissionPage() {
        // Given a carrier whose file is with staff
        String carrier = carrier("Association du Navigateur");
        String account = carrierAccount(carrier, "it-nav-" + System.nanoTime(), null);
        String name = "École du navigateur " + System.nanoTime();
        String project = register(carrier, name);
        assertThat(api.complete(account, api.task(account, project, SUBMISSION), Map.of()).statusCode()).isEqualTo(200);

        // When staff ask for a completion on the project's page, first without a message
        browser.signIn(Api.STAFF, Api.PASSWORD);
        browser.go("projects/view.xhtml?id=" + project);
        browser.type("completionRequest:deadline", french(today.plusDays(15)));
        browser.submit("completionRequest:submit");
        assertThat(browser.text(By.id("completionRequest:message-message"))).isNotBlank();
        browser.assertAccessible("projects/view.xhtml with the completion request refused");
        browser.type("completionRequest:message", "Joignez la délibération du conseil municipal.");
        browser.type("completionRequest:deadline", french(today.plusDays(15)));
        browser.submit("completionRequest:submit");
        assertThat(browser.text(By.id("messages"))).contains("renvoyé au porteur");
        assertThat(openTasks(Api.STAFF, project)).isEmpty();
        browser.signOut();

        // Then the carrier sees the request on its submission page, and submits its completed file
        // (signing in from the page asked, which the sign-in leads back to: the Region's pages are not the carrier's)
        browser.go("carrier/submission.xhtml?project=" + project);
        browser.type("signIn:username", account);
        browser.type("signIn:password", Api.PASSWORD);
        browser.click("signIn:submit");
        browser.waitFor(By.id("submission-title"));
        assertThat(browser.heading()).contains("Dépôt de votre dossier");
        assertThat(browser.text(By.id("request-message"))).contains("Joignez la délibération du conseil municipal.");
        assertThat(browser.text(By.id("request-deadline"))).contains(french(today.plusDays(15)));
        browser.assertAccessible("carrier/submission.xhtml with a completion request");
        browser.screenshot("carrier-submission");
        browser.type("submission:comment", "Délibération jointe.");
        browser.submit("submission:submit");
        assertThat(browser.text(By.id("messages"))).contains("est envoyé à la Région");
        assertThat(browser.text(By.id("submission-title"))).contains("Aucun dossier à déposer");
        browser.assertAccessible("carrier/submission.xhtml with nothing to submit");
        api.task(Api.STAFF, project, BACKING);

        // and another carrier's project is not found on that page
        String stranger = register(carrier("Association Étrangère"), "École étrangère " + System.nanoTime());
        browser.go("carrier/submission.xhtml?project=" + stranger);
        assertThat(browser.heading()).doesNotContain("Dépôt de votre dossier");
        assertThat(browser.driver().getPageSource()).doesNotContain("École étrangère");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private String carrier(String name) {
        Map<String, Object> carrier = new HashMap<>(Map.of("name", name + " " + System.nanoTime(),
                "legalForm", "Association loi 1901", "nonProfit", true, "address", "1 rue de l'Exemple, 14000 Caen"));
        return api.as(Api.STAFF).body(carrier).post("api/carriers").then().statusCode(201).extract().path("id");
    }

    /** A carrier's account, as an administrator opens one until invitations exist. */
    private String carrierAccount(String carrier, String username, String address) {
        Response created = api.admin().body(Map.of("username", username, "password", Api.PASSWORD,
                "fullName", "Porteur " + username, "roles", List.of("CARRIER"), "carrier", carrier)).post("api/accounts");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        if (address != null) {
            assertThat(api.admin().body(Map.of("email", address)).put("api/accounts/" + username + "/email")
                    .statusCode()).isEqualTo(204);
        }
        return username;
    }

    private String register(String carrier, String name) {
        Map<String, Object> registration = new HashMap<>(Api.registration(name, CALVADOS, COMMUNE));
        registration.remove("carrier");
        registration.put("carrierId", carrier);
        Response registered = api.as(Api.STAFF).body(registration).post("api/projects");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        return registered.path("id");
    }

    private static Map<String, Object> request(String message, LocalDate deadline) {
        return Map.of("message", message, "deadline", deadline.toString());
    }

    private List<String> openTasks(String user, String project) {
        return api.as(user).queryParam("project", project).get("api/tasks").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
    }

    /** The project's timeline as "KIND summary" lines. */
    private List<String> timeline(String project) {
        Response timeline = api.as(Api.VIEWER).get("api/projects/" + project + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        List<String> kinds = timeline.jsonPath().getList("kind", String.class);
        List<String> summaries = timeline.jsonPath().getList("summary", String.class);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            lines.add(kinds.get(i) + " " + summaries.get(i));
        }
        return lines;
    }

    /** Waits for the engine's job executor (it looks for due jobs every few seconds at most). */
    private void awaitTimeline(String project, String kind) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (timeline(project).stream().noneMatch(entry -> entry.startsWith(kind))) {
            assertThat(Instant.now()).as("no " + kind + " on the timeline of " + project).isBefore(until);
            Thread.sleep(500);
        }
    }

    /** The subject and body of each mail queued for the account. */
    private static List<String> mails(String account) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement query = db.prepareStatement(
                "select subject || ' ' || body from notifications.mail where recipient = ? order by id")) {
            query.setString(1, account);
            List<String> mails = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    mails.add(rows.getString(1));
                }
            }
            return mails;
        }
    }

    private static String french(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}

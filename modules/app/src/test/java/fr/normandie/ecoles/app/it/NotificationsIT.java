package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import com.icegreen.greenmail.util.GreenMail;
import fr.normandie.ecoles.kernel.Notice;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.normandie.ecoles.app.it.ReceivedMails.SMTP;
import static fr.normandie.ecoles.app.it.ReceivedMails.await;
import static fr.normandie.ecoles.app.it.ReceivedMails.subjectOf;
import static fr.normandie.ecoles.app.it.ReceivedMails.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail notifications against a real SMTP server (GreenMail) in this JVM, on the port the build reserved and gave
 * the application under test ({@code SMTP_HOST}, {@code SMTP_PORT}, a one-second outbox round, retries after 2 then
 * 4 s, digests of past days at any hour): a reminder reaches the officer exactly once, a digest gathers the notices
 * of a day in one mail, a step that fails tells nobody, mails wait while the server is down and leave once it is
 * back; the settings are each person's own and a wrong one writes nothing. A corrective action and an instalment
 * falling due within the week tell the auditors and the funding officers once, however many checks run (every second
 * here); an action already verified tells nobody.
 */
class NotificationsIT extends DeployedApplication {

    private static final String OFFICER = "it-mail-officer";
    private static final String OFFICER_ADDRESS = "officer@it.example";
    private static final String READER = "it-mail-digest";
    private static final String READER_ADDRESS = "digest@it.example";

    private static final String AUDITOR = "it-mail-auditor";
    private static final String AUDITOR_ADDRESS = "auditor@it.example";
    private static final String FUNDING = "it-mail-funding";
    private static final String FUNDING_ADDRESS = "funding@it.example";

    private static GreenMail smtp;

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
    void peopleWithAddresses() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        openStaffAccount(OFFICER);
        openStaffAccount(READER);
        openAccount(AUDITOR, "AUDITOR");
        openAccount(FUNDING, "FUNDING");
        settings(OFFICER, OFFICER_ADDRESS, "IMMEDIATE");
        settings(READER, READER_ADDRESS, "DIGEST");
        settings(AUDITOR, AUDITOR_ADDRESS, "IMMEDIATE");
        settings(FUNDING, FUNDING_ADDRESS, "IMMEDIATE");
    }

    /** The later test classes share the database: nobody there has an address any more, no mail is queued. */
    @AfterEach
    void noAddressesLeft() throws Exception {
        EngineTables.acceptReminders();
        for (String person : List.of(OFFICER, READER, AUDITOR, FUNDING)) {
            assertThat(api.admin().body(Map.of("email", "")).put("api/accounts/" + person + "/email").statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void aReminderTimerThatFiresSendsExactlyOneMailToTheOfficer() throws Exception {
        // Given a project waiting at its first step, whose opening the officer was told of
        String project = api.register("61", "61001");
        await(() -> mails(OFFICER_ADDRESS, project, "Nouvelle tâche : Portage territorial"), 1);

        // When its reminder falls due and the engine runs it
        EngineTables.reminderDueNow(project);

        // Then exactly one reminder reaches the officer, in French, with the link to the project's page
        MimeMessage reminder = await(() -> mails(OFFICER_ADDRESS, project, "Relance : Portage territorial"), 1).get(0);
        Outbox.settled(api, project);
        assertThat(mails(OFFICER_ADDRESS, project, "Relance")).hasSize(1);
        assertThat(mails(OFFICER_ADDRESS, project, "Nouvelle tâche")).hasSize(1);
        assertThat(text(reminder)).contains("attend toujours", "projects/view.xhtml?id=" + project);
        assertThat(reminder.getFrom()[0].toString()).isEqualTo("ecoles@it.example");
        assertThat(reminder.getMessageID()).matches("<outbox-\\d+\\.\\d+@it\\.example>");
        // and the administrator's outbox shows it sent
        assertThat(outbox(project)).anySatisfy(mail -> {
            assertThat((String) mail.get("subject")).startsWith("Relance : Portage territorial");
            assertThat(mail).containsEntry("state", "SENT").containsEntry("address", OFFICER_ADDRESS);
        });
    }

    @Test
    void aDigestGathersADaysNoticesInOneMail() throws Exception {
        // Given two projects registered today, which the digest reader keeps for the digest
        String first = api.register("14", "14118");
        String second = api.register("27", "27229");
        await(() -> mails(OFFICER_ADDRESS, second, "Nouvelle tâche"), 1);
        Outbox.settled(api, second);
        assertThat(mails(READER_ADDRESS, "", "")).as("nothing before the day is over").isEmpty();

        // When the day is over (its notices are moved to yesterday)
        try (Connection db = EngineTables.open(); PreparedStatement yesterday = db.prepareStatement(
                "update notifications.digest_entry set occurred_on = occurred_on - 1 where recipient = ? and not gathered")) {
            yesterday.setString(1, READER);
            assertThat(yesterday.executeUpdate()).isGreaterThanOrEqualTo(2);
        }

        // Then one digest gathers them both, and only one
        MimeMessage digest = await(() -> mails(READER_ADDRESS, "", "Votre résumé du"), 1).get(0);
        Outbox.settled(api, second);
        assertThat(mails(READER_ADDRESS, "", "")).hasSize(1);
        assertThat(text(digest)).contains("Tâches ouvertes pour vous",
                "projects/view.xhtml?id=" + first, "projects/view.xhtml?id=" + second);
    }

    @Test
    void aStepThatFailsSendsNothing() throws Exception {
        // Given a project at its first step
        String project = api.register("50", "50129");
        await(() -> mails(OFFICER_ADDRESS, project, "Nouvelle tâche"), 1);
        String task = api.task(Api.STAFF, project, "territorial-backing");

        // When the step is refused (a wrong form, a wrong role), nothing is told of the next step
        assertThat(api.complete(Api.STAFF, task, Map.of("backers", List.of(Map.of("name", "")), "sufficient", true))
                .statusCode()).isIn(400, 422);
        assertThat(api.complete(Api.AUDITOR, task, Api.backing(true)).statusCode()).isEqualTo(403);

        // and a reminder that fails (the database refuses to record it) tells nobody, at none of its tries
        EngineTables.refuseReminders();
        String job = EngineTables.reminderDueNow(project);
        await(() -> incidentOf(job), 1);
        Outbox.settled(api, project);
        assertThat(mails(OFFICER_ADDRESS, project, "")).hasSize(1);
        assertThat(outbox(project)).noneMatch(mail -> ((String) mail.get("subject")).startsWith("Relance"));

        // Then once it runs for real, its one mail goes
        EngineTables.acceptReminders();
        assertThat(api.admin().post("api/operations/incidents/" + job + "/retry").statusCode()).isEqualTo(202);
        await(() -> mails(OFFICER_ADDRESS, project, "Relance"), 1);
        Outbox.settled(api, project);
        assertThat(mails(OFFICER_ADDRESS, project, "Relance")).hasSize(1);
    }

    @Test
    void mailsWaitWhileTheSmtpServerIsDownAndGoOnceItIsBack() throws Exception {
        // Given the SMTP server stopped
        smtp.stop();
        try {
            // When a project is registered, its mail is tried, refused, and waits
            String project = api.register("76", "76540");
            // (the officer's mail: other classes of the suite leave staff accounts with an address too)
            await(() -> outbox(project).stream().filter(mail -> OFFICER.equals(mail.get("recipient"))
                    && "PENDING".equals(mail.get("state")) && ((Integer) mail.get("attempts")) >= 2).toList(), 1);

            // Then once the server is back on the same port, the mail goes, once
            smtp = new GreenMail(SMTP);
            smtp.start();
            await(() -> mails(OFFICER_ADDRESS, project, "Nouvelle tâche"), 1);
            Outbox.settled(api, project);
            assertThat(mails(OFFICER_ADDRESS, project, "")).hasSize(1);
            assertThat(outbox(project).stream().filter(mail -> OFFICER.equals(mail.get("recipient"))))
                    .singleElement().satisfies(mail -> assertThat(mail).containsEntry("state", "SENT"));
        } finally {
            if (!smtp.isRunning()) {
                smtp = new GreenMail(SMTP);
                smtp.start();
            }
        }
    }

    @Test
    void eachPersonSetsTheirOwnSettingsAndAWrongOneWritesNothing() {
        Response mine = api.as(OFFICER).get("api/notifications/preferences");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.jsonPath().getString("email")).isEqualTo(OFFICER_ADDRESS);
        assertThat(mine.jsonPath().getList("preferences.kind")).hasSize(Notice.Kind.values().length).contains("REMINDER", "PAYMENT_DUE");

        // a wrong address and a kind given twice: both refused, field by field, and nothing written
        Response refused = api.as(OFFICER).body(Map.of("email", "pas une adresse", "preferences", List.of(
                Map.of("kind", "REMINDER", "delivery", "NONE"), Map.of("kind", "REMINDER", "delivery", "DIGEST"))))
                .put("api/notifications/preferences");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field")).contains("email", "preferences[1].kind");
        assertThat(refused.jsonPath().getList("errors.message", String.class)).anyMatch(m -> m.contains("adresse électronique"));
        Response unchanged = api.as(OFFICER).get("api/notifications/preferences");
        assertThat(unchanged.jsonPath().getString("email")).isEqualTo(OFFICER_ADDRESS);
        assertThat(unchanged.jsonPath().getList("preferences.delivery")).containsOnly("IMMEDIATE");
        Response unknownKind = api.as(OFFICER).body(Map.of("preferences", List.of(Map.of("kind", "NEWSLETTER",
                "delivery", "NONE")))).put("api/notifications/preferences");
        assertThat(unknownKind.statusCode()).isEqualTo(400);

        // someone else's address is the administrator's business only; the outbox too
        assertThat(api.as(Api.VIEWER).body(Map.of("email", "x@it.example")).put("api/accounts/" + OFFICER + "/email")
                .statusCode()).isEqualTo(403);
        assertThat(api.admin().body(Map.of("email", "x@it.example")).put("api/accounts/nobody-here/email")
                .statusCode()).isEqualTo(404);
        assertThat(api.as(OFFICER).get("api/notifications/outbox").statusCode()).isEqualTo(403);
        assertThat(api.as(OFFICER).get("api/notifications/preferences").jsonPath().getString("email"))
                .isEqualTo(OFFICER_ADDRESS);
    }

    @Test
    void thePreferencesAndOutboxPagesWorkAndAreAccessible() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Browser.CHROMEDRIVER));
        String project = api.register("61", "61001");
        await(() -> outbox(project), 1);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(OFFICER, Api.PASSWORD);
            browser.go("account/notifications.xhtml");
            assertThat(browser.heading()).contains("Mes notifications");
            assertThat(browser.value("settings:email")).isEqualTo(OFFICER_ADDRESS);
            browser.assertAccessible("account/notifications.xhtml");
            browser.screenshot("account-notifications");
            browser.type("settings:email", "ceci n'est pas une adresse");
            browser.submit("settings:submit");
            browser.waitForText(By.id("settings:email-message"), "n'est pas valide");
            browser.type("settings:email", OFFICER_ADDRESS);
            browser.choose("settings:preferences:2:delivery", "DIGEST");
            browser.submit("settings:submit");
            browser.waitForText(By.tagName("main"), "Vos préférences de notification sont enregistrées");
            browser.signOut();

            browser.signIn("admin", System.getProperty("it.admin.password"));
            browser.go("admin/outbox.xhtml");
            assertThat(browser.heading()).contains("Boîte d’envoi");
            assertThat(browser.text(By.id("mail-table"))).contains("Nouvelle tâche : Portage territorial", OFFICER);
            browser.assertAccessible("admin/outbox.xhtml");
            browser.screenshot("admin-outbox");
        }
        assertThat(api.as(OFFICER).get("api/notifications/preferences").jsonPath()
                .getString("preferences.find { it.kind == 'REMINDER' }.delivery")).isEqualTo("DIGEST");
    }

    @Test
    void anOpenCorrectiveActionDueInThreeDaysTellsTheAuditorOnceWhateverTheChecks() throws Exception {
        // Given a project at its label audit
        String project = api.register("61", "61214");
        api.walkTo(project, "label-audit");

        // When the audit grants the label subject to a corrective action due in three days
        api.step(Api.AUDITOR, project, "label-audit", withAction(api.audit("CONDITIONAL"),
                Api.action(StepForms.today().plusDays(3))));

        // Then the auditor is told once, in French, with the project's page, however many checks (one a second) pass
        MimeMessage due = await(() -> mails(AUDITOR_ADDRESS, project, "Action corrective à échéance"), 1).get(0);
        Outbox.settled(api, project);
        assertThat(mails(AUDITOR_ADDRESS, project, "Action corrective à échéance")).hasSize(1);
        assertThat(subjectOf(due)).contains("Recruter un second maître professionnel");
        assertThat(text(due)).contains("arrive à échéance", "projects/view.xhtml?id=" + project);
        assertThat(toldActions(project)).isEqualTo(1);
    }

    @Test
    void anInstalmentDueTomorrowTellsTheFundingOfficerOnce() throws Exception {
        // Given a project at its subsidy decision
        String project = api.register("27", "27229");
        api.walkTo(project, "subsidy-decision");

        // When the committee grants it with an advance due tomorrow, the rest later
        Map<String, Object> form = Api.subsidy("GRANTED", 350_000, 150_000);
        form.put("schedule", List.of(line("ADVANCE", 150_000, StepForms.today().plusDays(1)),
                line("INSTALMENT", 250_000, StepForms.today().plusMonths(2)),
                line("BALANCE", 100_000, StepForms.today().plusYears(1))));
        api.step(Api.FUNDING, project, "subsidy-decision", form);
        List<String> subsidies = api.as(Api.VIEWER).queryParam("project", project).get("api/subsidies").jsonPath()
                .getList("id");
        assertThat(subsidies).hasSize(1);
        String page = "funding/subsidy.xhtml?id=" + subsidies.get(0);

        // Then the funding officer is told of the advance once, and of nothing else of it
        MimeMessage due = await(() -> mails(FUNDING_ADDRESS, page, "Versement à échéance"), 1).get(0);
        Outbox.settled(api, page);
        assertThat(mails(FUNDING_ADDRESS, page, "Versement à échéance")).hasSize(1);
        assertThat(subjectOf(due)).contains("Ligne 1 — Avance", "150\u00A0000,00\u00A0€ à verser");
    }

    @Test
    void aCorrectiveActionAlreadyVerifiedTellsNobody() throws Exception {
        // Given a corrective action the follow-up audit verified
        String project = api.register("14", "14118");
        api.walkTo(project, "label-audit");
        api.step(Api.AUDITOR, project, "label-audit", api.audit("CONDITIONAL"));
        api.step(Api.AUDITOR, project, "label-follow-up", api.followUp(project, "LABELLED"));

        // When its due date comes within the week (moved to three days from now)
        try (Connection db = EngineTables.open(); PreparedStatement soon = db.prepareStatement(
                "update audits.corrective_action set due_on = current_date + 3 where project_id = ?::uuid")) {
            soon.setString(1, project);
            assertThat(soon.executeUpdate()).isEqualTo(1);
        }

        // Then nobody is told of it, over several checks
        Outbox.settled(api, project);
        assertThat(mails(AUDITOR_ADDRESS, project, "Action corrective")).isEmpty();
        assertThat(mails(OFFICER_ADDRESS, project, "Action corrective")).isEmpty();
        assertThat(outbox(project)).noneMatch(mail -> ((String) mail.get("subject")).startsWith("Action corrective"));
        assertThat(toldActions(project)).isZero();
    }

    /** How many of the project's corrective actions were marked told of. */
    private static int toldActions(String project) throws Exception {
        try (Connection db = EngineTables.open(); PreparedStatement told = db.prepareStatement(
                "select count(*) from audits.corrective_action where project_id = ?::uuid and due_notice_at is not null")) {
            told.setString(1, project);
            try (ResultSet count = told.executeQuery()) {
                assertThat(count.next()).isTrue();
                return count.getInt(1);
            }
        }
    }

    private static Map<String, Object> withAction(Map<String, Object> form, Map<String, Object> action) {
        Map<String, Object> changed = new HashMap<>(form);
        @SuppressWarnings("unchecked")
        Map<String, Object> finding = new HashMap<>(((List<Map<String, Object>>) form.get("findings")).get(0));
        finding.put("actions", List.of(action));
        changed.put("findings", List.of(finding));
        return changed;
    }

    private static Map<String, Object> line(String kind, int amount, LocalDate dueOn) {
        return Map.of("kind", kind, "amount", amount, "dueOn", dueOn.toString());
    }

    private void openStaffAccount(String username) {
        openAccount(username, "STAFF");
    }

    private void openAccount(String username, String role) {
        int status = api.admin().body(Map.of("username", username, "password", Api.PASSWORD, "fullName", "Test " + username,
                "roles", List.of(role))).post("api/accounts").statusCode();
        assertThat(status).isIn(201, 409);
    }

    private void settings(String person, String address, String delivery) {
        List<Map<String, String>> choices = Arrays.stream(new String[] {"TASK_AVAILABLE", "TASK_ASSIGNED", "REMINDER",
                "OVERDUE", "CORRECTIVE_ACTION_DUE", "REAUDIT_OPENING", "PAYMENT_DUE"})
                .map(kind -> Map.of("kind", kind, "delivery", delivery)).toList();
        Response saved = api.as(person).body(Map.of("email", address, "preferences", choices)).put("api/notifications/preferences");
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(200);
    }

    /** The mails the server received for the address whose body names {@code about} and whose subject starts so. */
    private static List<MimeMessage> mails(String address, String about, String subject) {
        return ReceivedMails.to(smtp, address).stream()
                .filter(mail -> text(mail).contains(about))
                .filter(mail -> subjectOf(mail).startsWith(subject)).toList();
    }

    /** The outbox's mails that name the project. */
    private List<Map<String, Object>> outbox(String project) {
        Response response = api.admin().queryParam("max", 500).get("api/notifications/outbox");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<Map<String, Object>> mails = response.jsonPath().getList("$");
        return mails.stream().filter(mail -> ((String) mail.get("body")).contains(project)).toList();
    }

    private List<Map<String, Object>> incidentOf(String job) {
        List<Map<String, Object>> incidents = api.admin().get("api/operations/incidents").jsonPath().getList("$");
        return incidents.stream().filter(i -> job.equals(i.get("id")) && Boolean.TRUE.equals(i.get("incident"))).toList();
    }
}

package fr.normandie.ecoles.app.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's view: a reminder that fails for real (the database refuses to record it) is retried by the
 * engine, then becomes an incident, listed with its error and its project, counted in readiness and in the
 * metrics, and runs again when the administrator retries it; nobody else may see or retry it, nor read the
 * metrics.
 */
class OperationsIT extends DeployedApplication {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @AfterEach
    void acceptRemindersAgain() throws Exception {
        EngineTables.acceptReminders();
    }

    @Test
    void aFailedReminderBecomesAnIncidentThatTheAdministratorRetries() throws Exception {
        // Given a project whose reminder the database refuses to record
        String project = api.register("61", "61001");
        EngineTables.refuseReminders();
        String job = EngineTables.reminderDueNow(project);

        // When the reminder falls due, it fails at each of the engine's tries, then is an incident
        Map<String, Object> incident = await(() -> incidents().stream()
                .filter(i -> job.equals(i.get("id")) && Boolean.TRUE.equals(i.get("incident"))).findFirst());
        assertThat(incident).containsEntry("project", project).containsEntry("retriesLeft", 0)
                .containsEntry("activity", "Relancer le chargé de mission")
                .containsEntry("process", "Ouverture d'une école de production");
        assertThat((String) incident.get("error")).isNotBlank();
        JsonPath readiness = JsonPath.from(api.anonymous().get("health/ready").asString());
        assertThat(readiness.getInt("checks.find { it.name == 'ecoles-moteur-de-processus' }.data.incidents"))
                .isPositive();
        assertThat(api.admin().accept("text/plain").get("metrics?scope=application").asString())
                .containsPattern("ecoles_incidents(\\{[^}]*\\})? [1-9]");

        // Then only the administrator sees and retries it; the others' refusals change nothing
        for (String user : List.of(Api.VIEWER, Api.STAFF, Api.AUDITOR, Api.FUNDING)) {
            assertProblem(api.as(user).get("api/operations/incidents"), 403);
            assertProblem(api.as(user).post("api/operations/incidents/" + job + "/retry"), 403);
        }
        assertThat(api.anonymous().get("api/operations/incidents").statusCode()).isEqualTo(401);
        assertThat(incidents()).anyMatch(i -> job.equals(i.get("id")) && Boolean.TRUE.equals(i.get("incident")));
        assertProblem(api.admin().post("api/operations/incidents/no-such-job/retry"), 404);

        // When the cause is mended and the administrator retries it, the reminder goes out
        EngineTables.acceptReminders();
        assertThat(api.admin().post("api/operations/incidents/" + job + "/retry").statusCode()).isEqualTo(202);
        await(() -> api.as(Api.VIEWER).get("api/projects/" + project + "/timeline").jsonPath()
                .getList("kind", String.class).contains("REMINDER_SENT") ? Optional.of(true) : Optional.empty());
        assertThat(incidents()).noneMatch(i -> job.equals(i.get("id")));
    }

    @Test
    void theOperatorsPageListsAnIncidentAndRetriesIt() throws Exception {
        String project = api.register("14", "14118");
        EngineTables.refuseReminders();
        String job = EngineTables.reminderDueNow(project);
        await(() -> incidents().stream().filter(i -> job.equals(i.get("id")) && Boolean.TRUE.equals(i.get("incident")))
                .findFirst());
        EngineTables.acceptReminders();

        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", System.getProperty("it.admin.password"));
            browser.go("admin/operations.xhtml");
            assertThat(browser.heading()).contains("Exploitation");
            assertThat(browser.text(By.id("incident-count"))).containsPattern("[1-9]\\d* incident");
            assertThat(browser.text(By.id("job-table"))).contains("Relancer le chargé de mission", "Voir le projet");
            browser.screenshot("admin-operations");
            browser.assertAccessible("admin/operations.xhtml");
            int row = rowOf(browser, project);
            browser.submit("jobs:row:" + row + ":retry");
            browser.waitFor(By.id("incident-count"));
            assertThat(browser.text(By.tagName("main"))).contains("La tâche de fond est relancée");
        }
        await(() -> api.as(Api.VIEWER).get("api/projects/" + project + "/timeline").jsonPath()
                .getList("kind", String.class).contains("REMINDER_SENT") ? Optional.of(true) : Optional.empty());
    }

    @Test
    void metricsAreForTheAdministratorOnly() {
        assertThat(api.anonymous().accept("text/plain").get("metrics").statusCode()).isEqualTo(401);
        for (String user : List.of(Api.VIEWER, Api.STAFF, Api.AUDITOR, Api.FUNDING)) {
            assertThat(api.as(user).accept("text/plain").get("metrics").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(api.as(Api.VIEWER, "wrong-password").accept("text/plain").get("metrics").statusCode()).isEqualTo(401);
        Response metrics = api.admin().accept("text/plain").get("metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.asString()).contains("ecoles_incidents");
    }

    /** The row of the project's job on the operator's page (the retry buttons are numbered by row). */
    private static int rowOf(Browser browser, String project) {
        for (int row = 0; row < 1000; row++) {
            browser.text(By.id("job-" + row)); // fails past the last row
            try {
                browser.text(By.cssSelector("#job-" + row + " a[href$='id=" + project + "']"));
                return row;
            } catch (NoSuchElementException anotherProject) {
                // the next row, then
            }
        }
        throw new AssertionError("no row for project " + project);
    }

    private List<Map<String, Object>> incidents() {
        Response response = api.admin().get("api/operations/incidents");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath().getList("$");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }

    private static <T> T await(Supplier<Optional<T>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> met = condition.get();
            if (met.isPresent()) {
                return met.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not within " + PATIENCE);
    }
}

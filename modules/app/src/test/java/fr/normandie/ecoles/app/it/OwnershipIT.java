package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.STAFF_2;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership and routing (issue 15) over the API and in the system's Chromium: a project's staff tasks offered to its
 * officer first and found by its department's officers; "Mes projets"; a task handed to a colleague with a message
 * (the colleague told, the timeline's entry, the refusals that write nothing); an absence that routes a person's
 * tasks and notifications to their substitute while it lasts, and not before or after. "Now" never moves: absences
 * are declared over past, present and future days instead.
 */
class OwnershipIT extends InTheBrowser {

    /** Staff of their own, so that their absences and projects touch no other test class. */
    private static final String OTHER = "it-own-other";
    private static final String ABSENT = "it-own-absent";
    private static final String AWAY_ANOTHER_TIME = "it-own-away-later";
    private static final String SUBSTITUTE = "it-own-substitute";
    private static final String RETURNING = "it-own-returning";
    /** An auditor: no substitute for staff. */
    private static final String AUDITOR_ONLY = "it-own-auditor";
    private static final String COLLEAGUE_ADDRESS = "colleague@it.example";
    private static final String ABSENT_ADDRESS = "absent@it.example";
    private static final String AWAY_ADDRESS = "away@it.example";
    private static final String SUBSTITUTE_ADDRESS = "substitute@it.example";
    /** The department whose officers the tests set (and clear after each test). */
    private static final String CALVADOS = "14";

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

    @BeforeEach
    void staffOfTheirOwn() {
        for (String person : List.of(OTHER, ABSENT, AWAY_ANOTHER_TIME, SUBSTITUTE, RETURNING, AUDITOR_ONLY)) {
            int status = api.admin().body(Map.of("username", person, "password", PASSWORD, "fullName", "Test " + person,
                    "roles", List.of(person.equals(AUDITOR_ONLY) ? "AUDITOR" : "STAFF"))).post("api/accounts").statusCode();
            assertThat(status).isIn(201, 409);
        }
    }

    /** The later test classes share the database: no department officers, nobody with an address. */
    @AfterEach
    void leaveNoOfficersNorAddresses() {
        assertThat(api.admin().body(Map.of("officers", List.of())).put("api/departments/" + CALVADOS + "/officers")
                .statusCode()).isEqualTo(200);
        for (String person : List.of(STAFF_2, ABSENT, AWAY_ANOTHER_TIME, SUBSTITUTE)) {
            assertThat(api.admin().body(Map.of("email", "")).put("api/accounts/" + person + "/email").statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void aNewProjectsTaskIsOfferedToItsOfficerFirstAndToItsDepartmentsOfficers() {
        // Given the Calvados's officer is the second staff member, and a project registered there by the first
        Response set = api.admin().body(Map.of("officers", List.of(STAFF_2))).put("api/departments/" + CALVADOS + "/officers");
        assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);
        String project = api.register(CALVADOS, "14118");
        String task = api.task(STAFF, project, "territorial-backing");

        // Then the registering staff member is its officer, and its first task is theirs
        assertThat(api.as(VIEWER).get("api/projects/" + project + "/officer").jsonPath().getString("officer")).isEqualTo(STAFF);
        assertThat(taskIds(STAFF, "MINE")).contains(task);
        assertThat(projectIds(STAFF, true)).contains(project);
        // in the department's officer's "my department", not in their "mine"
        assertThat(taskIds(STAFF_2, "DEPARTMENT")).contains(task);
        assertThat(taskIds(STAFF_2, "MINE")).doesNotContain(task);
        assertThat(projectIds(STAFF_2, true)).doesNotContain(project);
        // another staff member sees it under "all" only: neither theirs nor their department's
        assertThat(taskIds(OTHER, "MINE")).doesNotContain(task);
        assertThat(taskIds(OTHER, "DEPARTMENT")).doesNotContain(task);
        assertThat(taskIds(OTHER, "ALL")).contains(task);
        assertThat(taskIds(OTHER, null)).contains(task);

        // When the project is given to that other staff member
        Response changed = api.as(STAFF).body(Map.of("officer", OTHER)).put("api/projects/" + project + "/officer");
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);

        // Then its open task is theirs now, no longer the first officer's, and the timeline says so
        assertThat(taskIds(OTHER, "MINE")).contains(task);
        assertThat(taskIds(STAFF, "MINE")).doesNotContain(task);
        assertThat(projectIds(OTHER, true)).contains(project);
        assertThat(timeline(project)).contains("Chargé·e de mission : " + STAFF + " → " + OTHER);
        // and the next one too, once the first is done
        api.step(STAFF, project, "territorial-backing", Api.backing(true));
        assertThat(taskIds(OTHER, "MINE")).contains(api.task(OTHER, project, "opportunity-study"));
    }

    @Test
    void aProjectRegisteredForAnotherOfficerIsTheirsFromItsFirstTask() {
        // When staff register a project naming another staff member as its officer
        Map<String, Object> registration = new java.util.HashMap<>(Api.registration("École confiée " + System.nanoTime(),
                CALVADOS, "14118"));
        registration.put("officer", OTHER);
        Response registered = api.as(STAFF).body(registration).post("api/projects");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        String project = registered.path("id");

        // Then its first task is theirs, not the registering staff member's
        String task = api.task(OTHER, project, "territorial-backing");
        assertThat(taskIds(OTHER, "MINE")).contains(task);
        assertThat(taskIds(STAFF, "MINE")).doesNotContain(task);

        // and a registration naming no staff account registers nothing
        String refusedName = "École sans chargé " + System.nanoTime();
        Map<String, Object> refused = new java.util.HashMap<>(Api.registration(refusedName, CALVADOS, "14118"));
        refused.put("officer", AUDITOR);
        assertRefused(api.as(STAFF).body(refused).post("api/projects"), "officer", "n'a pas le rôle staff");
        assertThat(api.as(VIEWER).get("api/projects").jsonPath().getList("name", String.class)).doesNotContain(refusedName);
    }

    @Test
    void officersAreRefusedCleanlyAndNothingIsWritten() {
        String project = api.register(CALVADOS, "14118");
        String before = timeline(project);

        // a viewer may not change the officer; nobody but an active staff account may be named
        assertThat(api.as(VIEWER).body(Map.of("officer", OTHER)).put("api/projects/" + project + "/officer").statusCode())
                .isEqualTo(403);
        assertRefused(api.as(STAFF).body(Map.of("officer", "nobody-such")).put("api/projects/" + project + "/officer"),
                "officer", "Aucun compte actif");
        assertRefused(api.as(STAFF).body(Map.of("officer", AUDITOR)).put("api/projects/" + project + "/officer"),
                "officer", "n'a pas le rôle staff");
        assertThat(api.as(VIEWER).get("api/projects/" + project + "/officer").jsonPath().getString("officer")).isEqualTo(STAFF);
        assertThat(timeline(project)).isEqualTo(before);

        // a department's officers are the administrators' to set, each an active staff account
        assertThat(api.as(STAFF).body(Map.of("officers", List.of(STAFF))).put("api/departments/" + CALVADOS + "/officers")
                .statusCode()).isEqualTo(403);
        assertRefused(api.admin().body(Map.of("officers", List.of(STAFF, "nobody-such")))
                .put("api/departments/" + CALVADOS + "/officers"), "officers[1]", "Aucun compte actif");
        assertRefused(api.admin().body(Map.of("officers", List.of(STAFF))).put("api/departments/99/officers"),
                "departmentCode", "Département inconnu");
        assertThat(api.as(VIEWER).get("api/departments/officers").jsonPath().getMap("$")).doesNotContainKey(CALVADOS);
    }

    @Test
    void aTaskHandedToAColleagueWithAMessageIsTheirsTheyAreToldAndTheTimelineSaysIt() {
        // Given a project at its first step, and a colleague with an address
        String project = api.register(CALVADOS, "14118");
        String task = api.task(STAFF, project, "territorial-backing");
        email(STAFF_2, COLLEAGUE_ADDRESS);

        // When the officer hands it over with a message
        Response handed = api.as(STAFF).body(Map.of("colleague", STAFF_2,
                "message", "Peux-tu rappeler la mairie ? Je suis en comité toute la semaine.")).post("api/tasks/" + task + "/handover");
        assertThat(handed.statusCode()).as(handed.asString()).isEqualTo(204);

        // Then the task is the colleague's, they are told with the message, and the timeline says it
        Map<String, Object> theirs = api.as(STAFF_2).queryParam("project", project).queryParam("scope", "MINE")
                .get("api/tasks").jsonPath().getMap("[0]");
        assertThat(theirs).containsEntry("id", task).containsEntry("assignee", STAFF_2);
        assertThat(outbox(COLLEAGUE_ADDRESS, project)).singleElement().satisfies(mail -> {
            assertThat((String) mail.get("subject")).startsWith("Tâche transmise : Portage territorial");
            assertThat((String) mail.get("body")).contains("Peux-tu rappeler la mairie ?", STAFF);
        });
        assertThat(timeline(project)).contains("Tâche « Portage territorial » confiée à " + STAFF_2
                + " : « Peux-tu rappeler la mairie ? Je suis en comité toute la semaine. »");
    }

    @Test
    void aHandOverIsRefusedCleanlyAndWritesNothing() {
        String project = api.register(CALVADOS, "14118");
        String task = api.task(STAFF, project, "territorial-backing");
        String before = timeline(project);

        // an unknown colleague, one without the step's role, no message: 422 on the field
        assertRefused(handOver(STAFF, task, "nobody-such", "À toi"), "colleague", "Aucun compte actif");
        assertRefused(handOver(STAFF, task, AUDITOR, "À toi"), "colleague", "n'a pas le rôle staff");
        assertRefused(handOver(STAFF, task, STAFF_2, "   "), "message", "Écrivez un message");
        // a caller without the step's role: 403
        assertThat(handOver(VIEWER, task, STAFF_2, "À toi").statusCode()).isEqualTo(403);
        // nothing was written: the task is still free, the timeline as it was
        assertThat(api.as(STAFF).queryParam("project", project).get("api/tasks").jsonPath().getString("[0].assignee")).isNull();
        assertThat(timeline(project)).isEqualTo(before);

        // a task already done: 409
        api.step(STAFF, project, "territorial-backing", Api.backing(true));
        Response done = handOver(STAFF, task, STAFF_2, "À toi");
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(409);
        assertThat(done.contentType()).startsWith("application/problem+json");
        assertThat(timeline(project)).doesNotContain("confiée à");
    }

    @Test
    void duringAnAbsenceTheSubstituteGetsTheTasksAndNoticesAndNotBeforeNorAfter() {
        // Given an officer away from the day before yesterday to the day after tomorrow, with a substitute,
        // and another away last week and next week, with the same substitute
        String absentsProject = registerAs(ABSENT);
        String awaysProject = registerAs(AWAY_ANOTHER_TIME);
        // (addresses given once the projects' first tasks have told the staff)
        email(ABSENT, ABSENT_ADDRESS);
        email(AWAY_ANOTHER_TIME, AWAY_ADDRESS);
        email(SUBSTITUTE, SUBSTITUTE_ADDRESS);
        declared(ABSENT, today.minusDays(2), today.plusDays(2), SUBSTITUTE);
        declared(AWAY_ANOTHER_TIME, today.minusDays(9), today.minusDays(3), SUBSTITUTE);
        declared(AWAY_ANOTHER_TIME, today.plusDays(3), today.plusDays(9), SUBSTITUTE);
        String absentsTask = api.task(ABSENT, absentsProject, "territorial-backing");
        String awaysTask = api.task(AWAY_ANOTHER_TIME, awaysProject, "territorial-backing");

        // Then today the substitute has the absent officer's task and project as theirs, not the other's
        assertThat(taskIds(SUBSTITUTE, "MINE")).contains(absentsTask).doesNotContain(awaysTask);
        assertThat(projectIds(SUBSTITUTE, true)).contains(absentsProject).doesNotContain(awaysProject);

        // When a colleague hands each of them a task
        assertThat(handOver(STAFF, absentsTask, ABSENT, "Pour ton retour.").statusCode()).isEqualTo(204);
        assertThat(handOver(STAFF, awaysTask, AWAY_ANOTHER_TIME, "Pour ton retour.").statusCode()).isEqualTo(204);

        // Then the substitute is told of the absent officer's, beside them, and not of the other's
        assertThat(outbox(ABSENT_ADDRESS, absentsProject)).hasSize(1);
        assertThat(outbox(SUBSTITUTE_ADDRESS, absentsProject)).singleElement()
                .satisfies(mail -> assertThat((String) mail.get("subject")).startsWith("Tâche transmise"));
        assertThat(outbox(AWAY_ADDRESS, awaysProject)).hasSize(1);
        assertThat(outbox(SUBSTITUTE_ADDRESS, awaysProject)).isEmpty();
        // and may take over the absent officer's task now assigned to them, not the other's
        assertThat(taskIds(SUBSTITUTE, "MINE")).contains(absentsTask).doesNotContain(awaysTask);
        assertThat(api.as(SUBSTITUTE).post("api/tasks/" + absentsTask + "/claim").statusCode()).isEqualTo(204);
        assertThat(api.as(SUBSTITUTE).post("api/tasks/" + awaysTask + "/claim").statusCode()).isEqualTo(409);
    }

    @Test
    void anAbsenceWithdrawnGivesTheTasksBackAtOnceAndAPastOneStays() {
        // Given an officer away since yesterday, whose task is their substitute's today
        String project = registerAs(RETURNING);
        declared(RETURNING, today.minusDays(1), today.plusDays(3), SUBSTITUTE);
        declared(RETURNING, today.plusDays(30), today.plusDays(31), SUBSTITUTE);
        declared(RETURNING, today.minusDays(20), today.minusDays(18), SUBSTITUTE);
        String task = api.task(RETURNING, project, "territorial-backing");
        assertThat(taskIds(SUBSTITUTE, "MINE")).contains(task);
        List<Map<String, Object>> absences = api.as(RETURNING).get("api/absences").jsonPath().getList("$");
        String past = (String) absences.get(0).get("id");
        String current = (String) absences.get(1).get("id");
        String future = (String) absences.get(2).get("id");

        // When another person tries to withdraw it: not found, and nothing changes
        Response foreign = api.as(OTHER).delete("api/absences/" + current);
        assertThat(foreign.statusCode()).as(foreign.asString()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(taskIds(SUBSTITUTE, "MINE")).contains(task);
        assertThat(api.as(RETURNING).delete("api/absences/pas-un-identifiant").statusCode()).isEqualTo(404);

        // When the officer withdraws it on their return: it ends yesterday, and the task is no longer the substitute's
        assertThat(api.as(RETURNING).delete("api/absences/" + current).statusCode()).isEqualTo(204);
        assertThat(taskIds(SUBSTITUTE, "MINE")).doesNotContain(task);
        assertThat(taskIds(RETURNING, "MINE")).contains(task);
        // the future one disappears; the past one stays (409), as history
        assertThat(api.as(RETURNING).delete("api/absences/" + future).statusCode()).isEqualTo(204);
        Response over = api.as(RETURNING).delete("api/absences/" + past);
        assertThat(over.statusCode()).as(over.asString()).isEqualTo(409);
        assertThat(over.jsonPath().getString("detail")).contains("terminée");
        List<Map<String, Object>> left = api.as(RETURNING).get("api/absences").jsonPath().getList("$");
        assertThat(left).extracting(a -> a.get("id")).containsExactly(past, current);
        assertThat(left.get(1).get("to")).isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void aSubstituteMustBeAbleToTakeTheTasks() {
        int before = api.as(OTHER).get("api/absences").jsonPath().getList("$").size();
        assertRefused(absence(OTHER, today.plusDays(50), today.plusDays(51), AUDITOR_ONLY), "substitute",
                "n'a pas le rôle staff");
        assertThat(api.as(OTHER).get("api/absences").jsonPath().getList("$")).hasSize(before);
    }

    @Test
    void anAbsenceIsRefusedCleanlyAndWritesNothing() {
        declared(OTHER, today.plusDays(20), today.plusDays(25), SUBSTITUTE);
        int before = api.as(OTHER).get("api/absences").jsonPath().getList("$").size();

        assertRefused(absence(OTHER, today.plusDays(24), today.plusDays(30), SUBSTITUTE), "from", "chevauche");
        assertRefused(absence(OTHER, today.plusDays(40), today.plusDays(39), SUBSTITUTE), "to", "le jour de début ou après");
        assertRefused(absence(OTHER, today.plusDays(40), today.plusDays(41), "nobody-such"), "substitute", "Aucun compte actif");
        assertRefused(absence(OTHER, today.plusDays(40), today.plusDays(41), OTHER), "substitute", "autre personne");
        assertRefused(api.as(OTHER).body(Map.of("to", today.plusDays(41).toString(), "substitute", SUBSTITUTE))
                .post("api/absences"), "from", "date de début est obligatoire");
        assertThat(api.as(OTHER).get("api/absences").jsonPath().getList("$")).hasSize(before);
        assertThat(api.anonymous().get("api/absences").statusCode()).isEqualTo(401);
    }

    @Test
    void theOfficerReadsMyProjectsAndHandsATaskOverInTheBrowser() {
        // Given a project of the officer's
        String name = "École de production des propriétaires " + System.nanoTime();
        String project = api.register(CALVADOS, "14118", name);
        browser.signIn(STAFF, PASSWORD);

        // "Mes projets" lists it
        browser.go("projects/mine.xhtml");
        assertThat(browser.heading()).contains("Mes projets");
        assertThat(browser.text(By.id("my-project-table"))).contains(name);
        browser.assertAccessible("projects/mine.xhtml");
        browser.screenshot("my-projects");

        // the inbox keeps its scope
        browser.go("inbox.xhtml");
        browser.choose("inbox:scope", "MINE");
        browser.waitUntil(page -> scopeShown(page, "MINE"));
        assertThat(browser.text(By.id("inbox:tasks"))).contains(name);
        browser.go("inbox.xhtml");
        assertThat(browser.value("inbox:scope")).isEqualTo("MINE");
        browser.assertAccessible("inbox.xhtml with its scope");
        browser.choose("inbox:scope", "ALL");
        browser.waitUntil(page -> scopeShown(page, "ALL"));

        // the hand-over form refuses an unknown colleague next to the field, then hands the task over
        browser.go("projects/view.xhtml?id=" + project);
        browser.submit("handover-link");
        assertThat(browser.heading()).contains("Transmettre une tâche");
        browser.type("handover:colleague", "nobody-such");
        browser.type("handover:message", "Merci de prendre le relais.");
        browser.submit("handover:submit");
        assertThat(browser.text(By.id("handover:colleague-message"))).contains("Aucun compte actif");
        browser.assertAccessible("tasks/handover.xhtml with a refusal");
        browser.screenshot("hand-over-refused");
        browser.type("handover:colleague", STAFF_2);
        browser.submit("handover:submit");
        assertThat(browser.text(By.id("messages"))).contains("est transmise à " + STAFF_2);
        assertThat(timeline(project)).contains("confiée à " + STAFF_2 + " : « Merci de prendre le relais. »");

        // the project's page shows its officer, and gives the project to another staff member, refusing an unknown one
        browser.go("projects/view.xhtml?id=" + project);
        assertThat(browser.text(By.id("project-officer"))).contains(STAFF);
        browser.type("officerForm:officer", "nobody-such");
        browser.submit("officerForm:submit");
        assertThat(browser.text(By.id("officerForm:officer-message"))).contains("Aucun compte actif");
        browser.assertAccessible("project page with its officer form refused");
        browser.type("officerForm:officer", OTHER);
        browser.submit("officerForm:submit");
        assertThat(browser.text(By.id("project-officer"))).contains(OTHER);
        assertThat(api.as(VIEWER).get("api/projects/" + project + "/officer").jsonPath().getString("officer")).isEqualTo(OTHER);
        browser.screenshot("project-officer");
    }

    @Test
    void aPersonDeclaresAnAbsenceAndAnAdministratorNamesADepartmentsOfficersOnTheirPages() {
        java.time.format.DateTimeFormatter french = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        // a person declares an absence far ahead (days out of order refused next to the field, then right)
        browser.signIn(SUBSTITUTE, PASSWORD);
        browser.go("account/absences.xhtml");
        assertThat(browser.heading()).contains("Mes absences");
        browser.type("absence:from", today.plusDays(65).format(french));
        browser.type("absence:to", today.plusDays(60).format(french));
        browser.type("absence:substitute", STAFF_2);
        browser.submit("absence:submit");
        assertThat(browser.text(By.id("absence:to-message"))).contains("le jour de début ou après");
        browser.assertAccessible("account/absences.xhtml with a refusal");
        browser.type("absence:from", today.plusDays(60).format(french));
        browser.type("absence:to", today.plusDays(65).format(french));
        browser.submit("absence:submit");
        assertThat(browser.text(By.id("messages"))).contains(STAFF_2 + " vous remplacera");
        assertThat(browser.text(By.id("absence-table"))).contains(today.plusDays(60).format(french), STAFF_2);
        browser.screenshot("absences");
        // and withdraws it
        browser.submit("absences:rows:0:withdraw");
        assertThat(browser.text(By.id("messages"))).contains("Votre absence est retirée");
        assertThat(browser.text(By.tagName("main"))).contains("Aucune absence déclarée");
        browser.assertAccessible("account/absences.xhtml after a withdrawal");
        browser.signOut();

        // an administrator names the Calvados's officers (an unknown name refused next to the list)
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("admin/departments.xhtml");
        browser.choose("departmentOfficers:departmentCode", CALVADOS);
        browser.type("departmentOfficers:officers", STAFF_2 + "\nnobody-such");
        browser.submit("departmentOfficers:submit");
        assertThat(browser.text(By.id("departmentOfficers:officers-message"))).contains("Aucun compte actif");
        browser.assertAccessible("admin/departments.xhtml with a refusal");
        browser.type("departmentOfficers:officers", STAFF_2);
        browser.submit("departmentOfficers:submit");
        assertThat(browser.text(By.id("department-officer-table"))).contains(STAFF_2);
        assertThat(api.as(VIEWER).get("api/departments/officers").jsonPath().getList(CALVADOS)).containsExactly(STAFF_2);
        browser.screenshot("department-officers");
    }

    /** Whether the inbox's list was drawn for that scope (its ajax answer has arrived). */
    private static boolean scopeShown(org.openqa.selenium.WebDriver page, String scope) {
        try {
            return scope.equals(page.findElement(By.id("inbox:tasks")).getAttribute("data-scope"));
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return false;
        }
    }

    private List<String> taskIds(String user, String scope) {
        var request = api.as(user).queryParam("max", 200);
        if (scope != null) {
            request = request.queryParam("scope", scope);
        }
        Response response = request.get("api/tasks");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath().getList("id");
    }

    private List<String> projectIds(String user, boolean mine) {
        Response response = api.as(user).queryParam("mine", mine).get("api/projects");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath().getList("id");
    }

    private String registerAs(String officer) {
        Response response = api.as(officer).body(Api.registration("École " + officer + " " + System.nanoTime(), CALVADOS,
                "14118")).post("api/projects");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("id");
    }

    private Response handOver(String user, String task, String colleague, String message) {
        return api.as(user).body(Map.of("colleague", colleague, "message", message)).post("api/tasks/" + task + "/handover");
    }

    private Response absence(String user, LocalDate from, LocalDate to, String substitute) {
        return api.as(user).body(Map.of("from", from.toString(), "to", to.toString(), "substitute", substitute))
                .post("api/absences");
    }

    private void declared(String user, LocalDate from, LocalDate to, String substitute) {
        Response response = absence(user, from, to, substitute);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    }

    private void email(String person, String address) {
        assertThat(api.admin().body(Map.of("email", address)).put("api/accounts/" + person + "/email").statusCode())
                .isEqualTo(204);
    }

    private String timeline(String project) {
        Response response = api.as(VIEWER).get("api/projects/" + project + "/timeline");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return String.join("\n", response.jsonPath().getList("summary", String.class));
    }

    /** The mails queued for the address about the project (the outbox holds them whether or not they left). */
    private List<Map<String, Object>> outbox(String address, String project) {
        Response response = api.admin().queryParam("max", 500).get("api/notifications/outbox");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<Map<String, Object>> mails = response.jsonPath().getList("$");
        return mails.stream().filter(mail -> address.equals(mail.get("address")) && ((String) mail.get("body")).contains(project))
                .toList();
    }

    private static void assertRefused(Response response, String field, String message) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field")).contains(field);
        assertThat(response.jsonPath().getList("errors.message", String.class)).anyMatch(m -> m.contains(message));
    }
}

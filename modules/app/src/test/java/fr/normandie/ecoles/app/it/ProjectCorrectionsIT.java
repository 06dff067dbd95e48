package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Corrections of a project after the fact, over REST on Payara Micro and PostgreSQL: staff edit its registration
 * (the projection follows; an edit on a stale version writes nothing), an administrator reopens a step completed by
 * mistake (done again, both rounds on the timeline), the study's "revise" conclusion, and every refusal.
 */
class ProjectCorrectionsIT extends DeployedApplication {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    // ---- edits ---------------------------------------------------------------------------------------

    @Test
    void anEditedPlannedOpeningChangesTheProjection() {
        // Given a project expected within a target's deadline two years from now
        LocalDate planned = StepForms.today().plusYears(1);
        LocalDate deadline = StepForms.today().plusYears(2);
        long target = api.admin().body(Map.of("name", "Objectif des corrections " + deadline, "deadline",
                deadline.toString(), "minimumPerDepartment", 50)).post("api/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String id = api.register("27", "27229");
        JsonPath before = api.project(id).then().statusCode(200).extract().jsonPath();
        assertThat(before.getString("expectedOpening")).isEqualTo(planned.toString());
        int inTimeBefore = expectedInTime(target, "27");

        // When staff move its planned opening past the deadline
        LocalDate slipped = deadline.plusMonths(9);
        JsonPath edited = edit(STAFF, id, before.getLong("version"), Map.of("plannedOpening", slipped.toString()))
                .then().statusCode(200).extract().jsonPath();

        // Then the project is expected on the new date, and no longer counts in time for its department
        assertThat(edited.getString("plannedOpening")).isEqualTo(slipped.toString());
        assertThat(edited.getString("expectedOpening")).isEqualTo(slipped.toString());
        assertThat(edited.getLong("version")).isGreaterThan(before.getLong("version"));
        api.project(id).then().body("expectedOpening", equalTo(slipped.toString()));
        assertThat(expectedInTime(target, "27")).isEqualTo(inTimeBefore - 1);

        // and the timeline says who changed what, from what to what
        JsonPath timeline = timeline(id);
        assertThat(timeline.getList("kind", String.class)).containsOnlyOnce("PROJECT_EDITED");
        Map<String, Object> edit = entry(timeline, "PROJECT_EDITED");
        assertThat(edit.get("who")).isEqualTo(STAFF);
        assertThat(edit.get("summary")).isEqualTo("Inscription modifiée : ouverture prévue : "
                + planned.format(FRENCH) + " → " + slipped.format(FRENCH));
    }

    @Test
    void aProjectThatAlreadySlippedCanBeRegisteredAndIsProjectedFromToday() {
        Map<String, Object> registration = new HashMap<>(Api.registration("Projet en retard", "61", "61169"));
        registration.put("plannedOpening", "2023-09-01");

        String id = api.as(STAFF).body(registration).post("api/projects").then().statusCode(201)
                .body("plannedOpening", equalTo("2023-09-01")).extract().path("id");

        assertThat(LocalDate.parse(api.project(id).jsonPath().getString("expectedOpening")))
                .isAfterOrEqualTo(StepForms.today());
        registration.put("plannedOpening", "1989-12-31");
        api.as(STAFF).body(registration).post("api/projects").then().statusCode(400)
                .body("errors.field", equalTo(List.of("plannedOpening")));
    }

    @Test
    void aStaleEditIsRefusedAndWritesNothing() {
        // Given a project edited once by a colleague since another officer read it
        String id = api.register("14", "14118");
        long read = api.project(id).jsonPath().getLong("version");
        edit(STAFF, id, read, Map.of("capacity", 30)).then().statusCode(200);
        JsonPath current = api.project(id).jsonPath();
        int timeline = timeline(id).getList("kind").size();

        // When the other officer saves an edit made on what they read
        edit(STAFF, id, read, Map.of("capacity", 40, "name", "Nom écrasé")).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("Le projet a été modifié par quelqu'un d'autre"));

        // Then nothing of it is written: neither the project nor its timeline
        assertUnchanged(id, current, timeline);
        assertThat(current.getInt("capacity")).isEqualTo(30);

        // and a step completed since the project was read makes the read stale too
        api.step(STAFF, id, "territorial-backing", Api.backing(true));
        edit(STAFF, id, current.getLong("version"), Map.of("capacity", 40)).then().statusCode(409);
        assertThat(api.project(id).jsonPath().getInt("capacity")).isEqualTo(30);
    }

    @Test
    void anEditIsRefusedCleanlyToOthersThanStaffAndWhenInvalidAndWritesNothing() {
        String id = api.register("61", "61214");
        JsonPath project = api.project(id).jsonPath();
        long version = project.getLong("version");
        int timeline = timeline(id).getList("kind").size();

        edit(VIEWER, id, version, Map.of("capacity", 30)).then().statusCode(403);
        Map<String, Object> asRegistered = new HashMap<>(Api.registration("Par l'administrateur", "61", "61214"));
        asRegistered.put("version", version);
        api.admin().body(asRegistered).put("api/projects/" + id).then().statusCode(403);
        edit(STAFF, id, version, Map.of("capacity", 0, "communeCode", "14118")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("capacity", "communeCode")));
        Map<String, Object> withoutVersion = new HashMap<>(Api.registration("Sans version", "61", "61214"));
        api.as(STAFF).body(withoutVersion).put("api/projects/" + id).then().statusCode(422)
                .body("errors.field", equalTo(List.of("version")));
        withoutVersion.put("version", version);
        api.as(STAFF).body(withoutVersion).put("api/projects/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404);

        assertUnchanged(id, project, timeline);

        api.as(STAFF).body(Map.of("reason", "Le porteur se retire.")).post("api/projects/" + id + "/abandon")
                .then().statusCode(200);
        edit(STAFF, id, api.project(id).jsonPath().getLong("version"), Map.of("capacity", 30)).then().statusCode(409);
    }

    @Test
    void aProjectMovedToAnotherDepartmentIsFoundThereInTheInboxes() {
        String id = api.register("61", "61214");

        edit(STAFF, id, api.project(id).jsonPath().getLong("version"),
                Map.of("departmentCode", "14", "communeCode", "14118")).then().statusCode(200)
                .body("departmentCode", equalTo("14")).body("communeName", equalTo("Caen"));

        assertThat(api.as(STAFF).queryParam("project", id).queryParam("department", "14").get("api/tasks")
                .jsonPath().getList("id")).hasSize(1);
        assertThat(api.as(STAFF).queryParam("project", id).queryParam("department", "61").get("api/tasks")
                .jsonPath().getList("id")).isEmpty();
    }

    // ---- reopening a step ------------------------------------------------------------------------------

    @Test
    void aStepReopenedByTheAdministratorIsDoneAgainAndBothRoundsAreOnTheTimeline() {
        // Given a project whose study was recorded by mistake, now at its insertion commitment
        String id = api.register("50", "50615");
        api.walkTo(id, "insertion-commitment");

        // When the administrator reopens the study, with the reason
        api.admin().body(Map.of("step", "opportunity-study", "reason", "Étude saisie sur le mauvais projet."))
                .post("api/projects/" + id + "/reopen").then().statusCode(200)
                .body("currentSteps", equalTo(List.of("opportunity-study")))
                .body("status", equalTo("IN_PROGRESS"));

        // Then the study is to be done again, and its earlier record stays in the file
        assertThat(api.as(VIEWER).get("api/projects/" + id + "/file").jsonPath().getList("studies")).hasSize(1);
        api.step(STAFF, id, "opportunity-study", Api.study("RESERVED"));
        api.project(id).then().body("currentSteps", equalTo(List.of("insertion-commitment")))
                .body("history.step", equalTo(List.of("territorial-backing", "opportunity-study", "opportunity-study")))
                .body("history.outcome", equalTo(List.of("SUFFICIENT", "FAVOURABLE", "RESERVED")));
        assertThat(api.as(VIEWER).get("api/projects/" + id + "/file").jsonPath().getList("studies.data.conclusion"))
                .containsExactly("FAVOURABLE", "RESERVED");

        // and the timeline tells both rounds, the reopening with its reason, and the step it interrupted
        JsonPath timeline = timeline(id);
        List<String> studyKinds = new ArrayList<>();
        List<Map<String, Object>> entries = timeline.getList("$");
        entries.stream().filter(e -> "opportunity-study".equals(e.get("step")) || "STEP_REOPENED".equals(e.get("kind")))
                .forEach(e -> studyKinds.add((String) e.get("kind")));
        assertThat(studyKinds).containsSubsequence("STEP_RECORDED", "TASK_COMPLETED", "STEP_REOPENED", "TASK_CREATED",
                "STEP_RECORDED", "TASK_COMPLETED");
        assertThat(studyKinds.stream().filter("STEP_RECORDED"::equals)).hasSize(2);
        Map<String, Object> reopened = entry(timeline, "STEP_REOPENED");
        assertThat(reopened.get("who")).isEqualTo("admin");
        assertThat(reopened.get("summary")).isEqualTo(
                "Étape « Étude d'opportunité » rouverte par l'administrateur : Étude saisie sur le mauvais projet.");
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("kind")).isEqualTo("TASK_CANCELLED");
            assertThat(e.get("step")).isEqualTo("insertion-commitment");
        });
    }

    @Test
    void reopeningIsRefusedCleanlyAndChangesNothing() {
        // Given a project at its insertion commitment
        String id = api.register("76", "76498");
        api.walkTo(id, "insertion-commitment");
        JsonPath project = api.project(id).jsonPath();
        int timeline = timeline(id).getList("kind").size();
        Map<String, String> study = Map.of("step", "opportunity-study", "reason", "Par erreur.");

        // Then no one but an administrator may reopen a step
        api.as(STAFF).body(study).post("api/projects/" + id + "/reopen").then().statusCode(403);
        api.as(VIEWER).body(study).post("api/projects/" + id + "/reopen").then().statusCode(403);
        // nor reopen a step never completed, the step open now, a step of another process, or without a reason
        reopen(id, "label-audit", "Par erreur.").then().statusCode(409).body("detail",
                equalTo("Cette étape n'a jamais été terminée pour ce projet : il n'y a rien à rouvrir."));
        reopen(id, "insertion-commitment", "Par erreur.").then().statusCode(409);
        reopen(id, "label-renewal-audit", "Par erreur.").then().statusCode(422)
                .body("errors.field", equalTo(List.of("step")));
        reopen(id, "no-such-step", "Par erreur.").then().statusCode(422);
        reopen(id, "opportunity-study", "  ").then().statusCode(422).body("errors.field", equalTo(List.of("reason")));
        reopen("00000000-0000-0000-0000-000000000000", "opportunity-study", "Par erreur.").then().statusCode(404);

        assertUnchanged(id, project, timeline);

        // nor reopen a step of a project that has ended
        api.as(STAFF).body(Map.of("reason", "Le porteur se retire.")).post("api/projects/" + id + "/abandon")
                .then().statusCode(200);
        reopen(id, "opportunity-study", "Par erreur.").then().statusCode(409);
        api.project(id).then().body("status", equalTo("ABANDONED")).body("currentSteps", equalTo(List.of()));
    }

    // ---- the study's "revise" conclusion ---------------------------------------------------------------

    @Test
    void aStudyToReviseReturnsTheProjectToTheStudy() {
        String id = api.register("14", "14118");
        api.walkTo(id, "opportunity-study");

        api.step(STAFF, id, "opportunity-study", Api.study("REVISE"));

        api.project(id).then().body("status", equalTo("IN_PROGRESS"))
                .body("currentSteps", equalTo(List.of("opportunity-study")));
        api.step(STAFF, id, "opportunity-study", Api.study("FAVOURABLE"));
        api.project(id).then().body("currentSteps", equalTo(List.of("insertion-commitment")));
        assertThat(api.as(VIEWER).get("api/projects/" + id + "/file").jsonPath().getList("studies.data.conclusion"))
                .containsExactly("REVISE", "FAVOURABLE");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The project's registration as it stands, with the changes, made on the version given. */
    private Response edit(String user, String id, long version, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        JsonPath project = api.project(id).jsonPath();
        for (String field : List.of("name", "carrier", "departmentCode", "communeCode", "trades", "capacity",
                "plannedOpening", "carrierLegalForm", "carrierNonProfit", "carrierSiren", "diplomas",
                "familyContribution")) {
            body.put(field, project.get(field));
        }
        body.putAll(changes);
        body.put("version", version);
        return api.as(user).body(body).put("api/projects/" + id);
    }

    private Response reopen(String id, String step, String reason) {
        return api.admin().body(Map.of("step", step, "reason", reason)).post("api/projects/" + id + "/reopen");
    }

    private void assertUnchanged(String id, JsonPath before, int timelineSize) {
        JsonPath now = api.project(id).jsonPath();
        for (String field : List.of("name", "capacity", "plannedOpening", "departmentCode", "version", "currentSteps",
                "history")) {
            assertThat((Object) now.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(timeline(id).getList("kind")).hasSize(timelineSize);
    }

    private int expectedInTime(long target, String department) {
        List<Map<String, Object>> coverage = api.as(VIEWER).queryParam("target", target).get("api/coverage")
                .jsonPath().getList("$");
        return coverage.stream().filter(d -> department.equals(d.get("code"))).findFirst()
                .map(d -> (Integer) d.get("projectsExpectedInTime")).orElseThrow();
    }

    private JsonPath timeline(String project) {
        return api.as(VIEWER).get("api/projects/" + project + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath timeline, String kind) {
        List<Map<String, Object>> entries = timeline.getList("$");
        return entries.stream().filter(e -> kind.equals(e.get("kind"))).findFirst().orElseThrow();
    }
}

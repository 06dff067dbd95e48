package fr.normandie.ecoles.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.STAFF_2;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Bad input and wrong callers get a problem detail with the right status, and nothing is written. */
@ExtendWith(ArquillianExtension.class)
class RequestRefusalIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Api.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void accounts() {
        api = new Api(base);
        api.openAccounts();
        api.ensureEnvelope(Api.YEAR, 100_000_000);
    }

    @Test
    void refusesAnonymousCallersAndWrongPasswords() {
        api.anonymous().get("api/projects").then().statusCode(401);
        api.as(STAFF, "wrong-password").get("api/projects").then().statusCode(401);
    }

    @Test
    void listsTheFiveDepartments() {
        api.as(VIEWER).get("api/departments").then().statusCode(200)
                .body("code", equalTo(List.of("14", "27", "50", "61", "76")))
                .body("name", equalTo(List.of("Calvados", "Eure", "Manche", "Orne", "Seine-Maritime")));
    }

    @Test
    void refusesACommuneOutsideTheDepartmentAndRegistersNothing() {
        int before = projectsIn("14");

        api.as(STAFF).body(Api.registration("Hors département", "14", "61214")).post("api/projects")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(422))
                .body("errors.field", equalTo(List.of("communeCode")))
                .body("errors[0].message", equalTo("La commune L'Aigle n'appartient pas au département 14."));

        assertThat(projectsIn("14")).isEqualTo(before);
    }

    @Test
    void namesEveryMissingOrMalformedField() {
        api.as(STAFF).body(Map.of("departmentCode", "99", "trades", List.of(), "capacity", -3))
                .post("api/projects").then().statusCode(422)
                .body("errors.field", equalTo(List.of("capacity", "carrier", "communeCode", "departmentCode",
                        "name", "plannedOpening", "trades")));
    }

    @Test
    void refusesAnUnknownDepartmentAndUnknownEnumValues() {
        api.as(STAFF).body(Api.registration("Inconnu", "99", "61214")).post("api/projects")
                .then().statusCode(422).body("errors.field", equalTo(List.of("departmentCode")));
        String id = api.register("61", "61214");
        String task = api.task(STAFF, id, "territorial-backing");

        api.complete(STAFF, task, Map.of("backers", List.of(Map.of("name", "Maire", "kind", "MAYOR")),
                "sufficient", true)).then().statusCode(400).body("title", equalTo("Requête illisible"));
        api.complete(STAFF, task, "{not json").then().statusCode(400);
        api.as(VIEWER).queryParam("status", "SLEEPING").get("api/projects").then().statusCode(400);

        api.project(id).then().body("history", equalTo(List.of()))
                .body("currentSteps", equalTo(List.of("territorial-backing")));
    }

    @Test
    void refusesNegativeAmountsAndAGrantWithoutDeliberation() {
        String id = api.register("27", "27229");
        api.walkTo(id, "subsidy-decision");
        String task = api.task(FUNDING, id, "subsidy-decision");

        api.complete(FUNDING, task, Api.subsidy("GRANTED", -5, 100)).then().statusCode(422)
                .body("errors.field", hasItem("investmentGranted"));
        Map<String, Object> noDeliberation = new HashMap<>(Api.subsidy("GRANTED", 1000, 100));
        noDeliberation.put("deliberation", " ");
        api.complete(FUNDING, task, noDeliberation).then().statusCode(422)
                .body("errors.field", equalTo(List.of("deliberation")));

        assertThat(api.task(FUNDING, id, "subsidy-decision")).isEqualTo(task);
        api.project(id).then().body("history.step", equalTo(List.of("territorial-backing", "opportunity-study",
                "insertion-commitment", "label-audit")));
    }

    @Test
    void aStepCanOnlyBeCompletedByItsRole() {
        String id = api.register("76", "76498");
        String task = api.task(STAFF, id, "territorial-backing");

        api.complete(AUDITOR, task, Api.backing(true)).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        api.complete(VIEWER, task, Api.backing(true)).then().statusCode(403);
        api.as(VIEWER).body(Api.registration("Lecteur", "76", "76498")).post("api/projects").then().statusCode(403);
        api.as(VIEWER).body("{\"reason\":\"non\"}").post("api/projects/" + id + "/abandon").then().statusCode(403);
        assertThat(api.as(AUDITOR).queryParam("project", id).get("api/tasks").jsonPath().getList("id")).isEmpty();

        api.project(id).then().body("history", equalTo(List.of())).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aTaskClaimedBySomeoneElseOrAlreadyDoneCannotBeCompleted() {
        String id = api.register("50", "50129");
        String task = api.task(STAFF, id, "territorial-backing");
        api.as(STAFF).post("api/tasks/" + task + "/claim").then().statusCode(204);

        api.as(STAFF_2).post("api/tasks/" + task + "/claim").then().statusCode(409);
        api.complete(STAFF_2, task, Api.backing(true)).then().statusCode(409);
        assertThat(api.as(STAFF_2).queryParam("project", id).get("api/tasks").jsonPath().getList("id")).isEmpty();

        api.complete(STAFF, task, Api.backing(true)).then().statusCode(200);
        api.complete(STAFF, task, Api.backing(true)).then().statusCode(409);
        api.as(STAFF).post("api/tasks/unknown-task/complete").then().statusCode(404);
        api.as(VIEWER).get("api/projects/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anAbandonNeedsAReason() {
        String id = api.register("14", "14118");

        api.as(STAFF).body("{\"reason\":\"  \"}").post("api/projects/" + id + "/abandon").then().statusCode(422)
                .body("errors.field", equalTo(List.of("reason")));

        api.project(id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void servesTheOpenApiDocument() {
        api.anonymous().accept("application/json").get("openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/projects"));
    }

    private int projectsIn(String department) {
        return api.as(VIEWER).queryParam("department", department).get("api/projects").jsonPath().getList("id").size();
    }
}

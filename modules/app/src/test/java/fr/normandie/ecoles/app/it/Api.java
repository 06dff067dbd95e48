package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's API as the integration tests drive it: the WAR the build produced, the accounts of
 * each role (opened through the API by the start-up administrator), and the requests of a project's life.
 */
final class Api {

    static final String PASSWORD = "it-password-0123";
    static final String STAFF = "it-staff";
    static final String STAFF_2 = "it-staff-2";
    static final String AUDITOR = "it-auditor";
    static final String FUNDING = "it-funding";
    static final String VIEWER = "it-viewer";
    /** The budget year the tests' grants are charged to, unless they say otherwise. */
    static final int YEAR = StepForms.today().getYear();

    private final URL base;

    Api(URL base) {
        this.base = base;
    }

    /** The WAR exactly as the build packaged it. */
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }

    /** Opens one account per role, once (an account that exists already is left as it is). */
    void openAccounts() {
        Map<String, String> roles = Map.of(STAFF, "STAFF", STAFF_2, "STAFF", AUDITOR, "AUDITOR",
                FUNDING, "FUNDING", VIEWER, "VIEWER");
        roles.forEach((user, role) -> {
            int status = as("admin", System.getProperty("it.admin.password"))
                    .body(Map.of("username", user, "password", PASSWORD, "fullName", "Test " + user,
                            "roles", List.of(role)))
                    .post("api/accounts").statusCode();
            assertThat(status).as("opening account " + user).isIn(201, 409);
        });
    }

    /** Opens the year's envelope with the given amount, or sets its amount; answers the envelope. */
    Response openEnvelope(int year, long amount) {
        Response response = admin().body(Map.of("amount", amount)).put("api/envelopes/" + year);
        assertThat(response.statusCode()).as("envelope " + year + ": " + response.asString()).isIn(200, 201);
        return response;
    }

    /** Makes sure the year's envelope exists, leaving its amount as it is when it does. */
    void ensureEnvelope(int year, long amount) {
        if (as(VIEWER).get("api/envelopes/" + year).statusCode() == 404) {
            openEnvelope(year, amount);
        }
    }

    RequestSpecification admin() {
        return as("admin", System.getProperty("it.admin.password"));
    }

    RequestSpecification as(String user) {
        return as(user, PASSWORD);
    }

    RequestSpecification as(String user, String password) {
        return anonymous().auth().preemptive().basic(user, password);
    }

    RequestSpecification anonymous() {
        return RestAssured.given().baseUri(base.toString()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Registers a project as the first staff member; answers its id. */
    String register(String department, String commune) {
        return register(department, commune, "École de production " + UUID.randomUUID());
    }

    String register(String department, String commune, String name) {
        Response response = as(STAFF).body(registration(name, department, commune)).post("api/projects");
        assertThat(response.statusCode()).as("registering " + name + ": " + response.asString()).isEqualTo(201);
        return response.path("id");
    }

    static Map<String, Object> registration(String name, String department, String commune) {
        return Map.of("name", name, "carrier", "Association des amis de l'école", "departmentCode", department,
                "communeCode", commune, "trades", List.of("Usinage"), "capacity", 24,
                "plannedOpening", StepForms.today().plusYears(1).toString());
    }

    /** The open task of a step of a project, as the user sees it in their inbox. */
    String task(String user, String projectId, String step) {
        List<String> ids = as(user).queryParam("project", projectId).queryParam("step", step)
                .get("api/tasks").then().statusCode(200).extract().path("id");
        assertThat(ids).as("open " + step + " task of " + projectId + " for " + user).hasSize(1);
        return ids.get(0);
    }

    Response complete(String user, String taskId, Object form) {
        return as(user).body(form).post("api/tasks/" + taskId + "/complete");
    }

    /** Completes the step of the project with the form, as the user; the step must succeed. */
    Response step(String user, String projectId, String step, Object form) {
        Response response = complete(user, task(user, projectId, step), form);
        assertThat(response.statusCode()).as(step + ": " + response.asString()).isEqualTo(200);
        return response;
    }

    Response project(String projectId) {
        return as(VIEWER).get("api/projects/" + projectId);
    }

    static Map<String, Object> backing(boolean sufficient) {
        return StepForms.backing(sufficient);
    }

    static Map<String, Object> study(String conclusion) {
        return StepForms.study(conclusion);
    }

    static Map<String, Object> insertion(boolean secured) {
        return StepForms.insertion(secured);
    }

    /** A full inspection against the current criteria catalogue, as {@link StepForms#audit} makes it. */
    Map<String, Object> audit(String outcome) {
        return StepForms.audit(outcome, as(AUDITOR).get("api/criteria/current").then().statusCode(200)
                .extract().jsonPath().getList("themes.criteria.flatten().code", String.class));
    }

    static final String MAJOR_CRITERION = StepForms.MAJOR_CRITERION;

    static Map<String, Object> action(LocalDate dueOn) {
        return StepForms.action(dueOn);
    }

    /** A follow-up audit reviewing the project's open corrective actions: see {@link StepForms#followUp}. */
    Map<String, Object> followUp(String projectId, String outcome) {
        return StepForms.followUp(outcome, as(AUDITOR).get("api/labels/" + projectId).then().statusCode(200)
                .extract().jsonPath().getList("openActions.id", String.class));
    }

    /** A decision charged to this year's envelope: see {@link StepForms#subsidy}. */
    static Map<String, Object> subsidy(String decision, int investment, int operating) {
        return subsidy(decision, investment, operating, YEAR);
    }

    static Map<String, Object> subsidy(String decision, int investment, int operating, int year) {
        return StepForms.subsidy(decision, investment, operating, year);
    }

    static Map<String, Object> opening() {
        return StepForms.opening();
    }

    /** Takes a project from the step it is at up to (not including) the given one, with favourable forms. */
    void walkTo(String projectId, String step) {
        List<String> order = StepForms.OPENING;
        String current = project(projectId).jsonPath().getString("currentSteps[0]");
        for (String done : order.subList(order.indexOf(current), order.indexOf(step))) {
            step("it-" + StepForms.roleOf(done), projectId, done, switch (done) {
                case "label-audit" -> audit("LABELLED");
                case "subsidy-decision" -> subsidy("GRANTED", 350_000, 150_000);
                default -> StepForms.favourable(done, List.of(), YEAR);
            });
        }
    }

    /**
     * The user (the project's carrier or staff) sends a small PDF answering each mandatory document the step expects
     * (issue 16: a step of a carrier filing online is not completed while one is missing).
     */
    void fileMandatoryDocuments(String user, String projectId, String step) {
        List<Map<String, Object>> expected = as(user).get("api/projects/" + projectId + "/required-documents").then()
                .statusCode(200).extract().jsonPath().getList("find { it.step == '" + step + "' }.expected");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (Map<String, Object> item : expected) {
            @SuppressWarnings("unchecked")
            Map<String, Object> requirement = (Map<String, Object>) item.get("requirement");
            if (Boolean.TRUE.equals(requirement.get("mandatory"))) {
                as(user).contentType("multipart/form-data; charset=UTF-8")
                        .multiPart("file", "document.pdf", pdf, "application/pdf")
                        .multiPart("requirement", requirement.get("id").toString())
                        .post("api/projects/" + projectId + "/documents").then().statusCode(201);
            }
        }
    }
}

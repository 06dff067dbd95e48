package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import fr.normandie.ecoles.app.it.MalformedRequests.Endpoint;
import fr.normandie.ecoles.app.it.MalformedRequests.Field;
import fr.normandie.ecoles.app.it.MalformedRequests.Kind;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static fr.normandie.ecoles.app.it.MalformedRequests.Field.of;
import static fr.normandie.ecoles.app.it.MalformedRequests.Field.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the API, sent hundreds of malformed requests generated from its valid body
 * ({@link MalformedRequests}): none may fail (5xx), each refusal is a problem detail in French that names the
 * field at fault, and no refused request writes anything: every row of the modules' tables and of the
 * engine's runtime tables is the same before and after (compared through JDBC, on the database the
 * application uses).
 */
class StrictReadingFuzzIT extends DeployedApplication {

    private static final String ADMIN = "admin";
    private static final Pattern FRENCH = Pattern.compile(
            "[àâçéèêëîïôûùœ’]|\\b(le|la|les|de|des|du|un|une|est|au|aucun|aucune|pas)\\b|\\b[nld]'",
            Pattern.CASE_INSENSITIVE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void refusesEveryMalformedRequestCleanlyAndWritesNothing() throws Exception {
        List<Endpoint> endpoints = endpoints();
        List<MalformedRequests.Request> requests = new MalformedRequests().of(endpoints);
        Map<String, String> before = rows();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (MalformedRequests.Request request : requests) {
            HttpResponse<String> response = send(request);
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            String failure = failure(request, response);
            if (failure != null) {
                failures.add(request.describe() + ": " + failure);
            }
        }
        Map<String, String> after = rows();

        System.out.printf("Strict reading fuzz: %d malformed requests over %d write endpoints, by status %s%n",
                requests.size(), endpoints.size(), byStatus);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(500);
        assertThat(after).as("rows of the modules' and the engine's tables").isEqualTo(before);
        assertThat(failures).isEmpty();
        assertThat(byStatus.keySet()).allMatch(status -> status >= 400 && status < 500);
    }

    @Test
    void refusesTheOverflowingResultsAndTheDashboardStillAnswers() {
        String school = school();
        Map<String, Object> overflow = results();
        overflow.put("leaversJob", Integer.MAX_VALUE);
        overflow.put("leaversOther", Integer.MAX_VALUE);

        api.as(STAFF).body(overflow).post("api/schools/" + school + "/results").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("leaversJob", "leaversOther"));
        overflow.put("leaversJob", 2_147_483_648L);
        api.as(STAFF).body(overflow).post("api/schools/" + school + "/results").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("leaversJob"));
        api.as(STAFF).body(results()).post("api/schools/" + school + "/results").then().statusCode(200);

        api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
        // no negative figure (an overflowed sum read -100 % of insertion); names hold uuids, whose "-100…" is no figure
        String csv = api.as(VIEWER).get("api/exports/results.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).noneMatch(line -> line.matches("(.*;)?-\\d.*"));
        assertThat(dashboardPage()).contains("Tableau de bord");
    }

    @Test
    void refusesAHugeExponentAtOnceWhileOthersAreServed() throws Exception {
        String project = api.register("27", "27229");
        api.walkTo(project, "subsidy-decision");
        String task = api.task(FUNDING, project, "subsidy-decision");
        String form = MalformedRequests.json(MalformedRequests.with(Api.subsidy("GRANTED", 350_000, 150_000),
                "investmentGranted", new MalformedRequests.Raw("1e999999999")));

        List<CompletableFuture<HttpResponse<String>>> attacks = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            attacks.add(HTTP.sendAsync(post(FUNDING, "api/tasks/" + task + "/complete", "application/json",
                    form.getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString()));
        }
        api.as(VIEWER).get("api/departments").then().statusCode(200);
        long othersServed = System.nanoTime() - start;
        for (CompletableFuture<HttpResponse<String>> attack : attacks) {
            HttpResponse<String> response = attack.get();
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).hasSizeLessThan(2_000).contains("investmentGranted");
        }
        long allRefused = System.nanoTime() - start;

        // Before the strict reading each such request ran 3 to 10 s into an OutOfMemoryError and four stalled
        // everyone for 18 s; refused as they are read they take milliseconds (about 2 s at worst here, where
        // two cores are shared with other builds)
        assertThat(Duration.ofNanos(allRefused)).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(othersServed)).isLessThan(Duration.ofSeconds(5));
        assertThat(api.task(FUNDING, project, "subsidy-decision")).isEqualTo(task);
    }

    @Test
    void answersTheContainersOwnRefusalsWithProblemDetails() {
        api.anonymous().get("api/projects").then().statusCode(401)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("Connectez-vous"));
        api.as(STAFF, "wrong-password").get("api/projects").then().statusCode(401)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        api.as(STAFF).delete("api/projects").then().statusCode(405)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        api.as(STAFF).contentType("text/plain").body("x").post("api/projects").then().statusCode(415)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    /** An edit of the project that would change its registration, on the version it has now. */
    private Map<String, Object> edited(String project, Map<String, Object> registration) {
        Map<String, Object> edit = new HashMap<>(registration);
        edit.put("communeCode", "61214");
        edit.put("capacity", 30);
        edit.put("version", api.project(project).jsonPath().getLong("version"));
        return edit;
    }

    /** The write endpoints of the resources, each with a valid body on fixtures made for it. */
    private List<Endpoint> endpoints() {
        String backing = api.register("61", "61214");
        String study = api.register("14", "14118");
        api.walkTo(study, "opportunity-study");
        String insertion = api.register("50", "50129");
        api.walkTo(insertion, "insertion-commitment");
        String audit = api.register("76", "76498");
        api.walkTo(audit, "label-audit");
        String decision = api.register("27", "27229");
        api.walkTo(decision, "subsidy-decision");
        String opening = api.register("61", "61001");
        api.walkTo(opening, "opening");
        String conditional = api.register("14", "14118");
        api.walkTo(conditional, "label-audit");
        api.step(AUDITOR, conditional, "label-audit", api.audit("CONDITIONAL"));
        String foreignAction = api.as(AUDITOR).get("api/labels/" + conditional).jsonPath().getString("openActions[0].id");
        String subsidy = api.as(FUNDING).queryParam("project", opening).get("api/subsidies").jsonPath().getString("[0].id");
        String school = school();
        String carrier = api.as(STAFF).body(carrierForm("Association fuzz " + UUID.randomUUID())).post("api/carriers")
                .then().statusCode(201).extract().path("id");
        String doneTask = api.as(VIEWER).get("api/projects/" + study + "/file").jsonPath()
                .getString("backing.rounds[0].taskId");

        String backingTask = api.task(STAFF, backing, "territorial-backing");
        String studyTask = api.task(STAFF, study, "opportunity-study");
        String insertionTask = api.task(STAFF, insertion, "insertion-commitment");
        String auditTask = api.task(AUDITOR, audit, "label-audit");
        String decisionTask = api.task(FUNDING, decision, "subsidy-decision");
        String openingTask = api.task(STAFF, opening, "opening");
        String unknown = UUID.randomUUID().toString();
        List<String> otherTasks = new ArrayList<>(List.of("api/tasks/" + unknown + "/complete",
                "api/tasks/" + auditTask + "/complete"));
        if (doneTask != null) {
            otherTasks.add("api/tasks/" + doneTask + "/complete");
        }

        Map<String, Object> audited = new HashMap<>(api.audit("LABELLED"));
        List<Field> auditFields = List.of(of("outcome", Kind.ENUM), of("auditedOn", Kind.DATE),
                of("catalogueVersion", Kind.INT), text("site", 300), of("auditors", Kind.TEXTS),
                of("verdicts", Kind.OBJECTS), of("verdicts[0].verdict", Kind.ENUM), text("verdicts[0].comment", 2000),
                of("findings", Kind.OBJECTS), of("actionReviews", Kind.OBJECTS), text("conclusion", 4000));
        Map<String, Object> foreignReview = new HashMap<>(audited);
        foreignReview.put("actionReviews", List.of(Map.of("action", foreignAction, "status", "VERIFIED")));

        Map<String, Object> decided = new HashMap<>(Api.subsidy("GRANTED", 350_000, 150_000));
        decided.put("coFinancers", List.of(Map.of("funder", "Fondation", "programme", "FOUNDATION",
                "line", "INVESTMENT", "amount", 1000)));
        Map<String, Object> insertionForm = new HashMap<>(Api.insertion(true));
        insertionForm.put("commitments", List.of(Map.of("firm", "Usinage Ornais SA", "kind", "HIRE", "places", 2)));
        Map<String, Object> backingForm = new HashMap<>(Api.backing(true));
        backingForm.put("backers", List.of(Map.of("name", "Commune de L'Aigle", "kind", "COMMUNE",
                "letterDate", StepForms.today().minusDays(3).toString()), Map.of("name", "UIMM", "kind", "BRANCH")));
        Map<String, Object> registration = new HashMap<>(Api.registration("École fuzz", "61", "61214"));
        registration.put("carrierNonProfit", true);
        registration.put("diplomas", List.of("CAP"));
        registration.put("familyContribution", 500);

        return List.of(
                new Endpoint("accounts", ADMIN, "POST", "api/accounts", Map.of("username", "fuzz-account",
                        "password", "fuzz-password-0123", "fullName", "Compte fuzz", "roles", List.of("VIEWER")),
                        List.of(text("username", 50), text("password", 200), text("fullName", 200),
                                of("roles", Kind.ENUMS)), List.of()),
                new Endpoint("projects", STAFF, "POST", "api/projects", registration,
                        List.of(text("name", 200), text("carrier", 200), text("departmentCode", 3),
                                text("communeCode", 5), of("trades", Kind.TEXTS), of("capacity", Kind.INT),
                                of("plannedOpening", Kind.DATE), of("carrierNonProfit", Kind.BOOL),
                                of("diplomas", Kind.ENUMS), of("familyContribution", Kind.AMOUNT)), List.of()),
                new Endpoint("abandon", STAFF, "POST", "api/projects/" + backing + "/abandon",
                        Map.of("reason", "Le porteur se retire."), List.of(text("reason", 2000)),
                        List.of("api/projects/" + unknown + "/abandon", "api/projects/pas-un-id/abandon")),
                // project edits and corrections (issue 14)
                new Endpoint("edit", STAFF, "PUT", "api/projects/" + backing, edited(backing, registration),
                        List.of(of("version", Kind.INT), text("name", 200), text("carrier", 200),
                                text("communeCode", 5), of("trades", Kind.TEXTS), of("capacity", Kind.INT),
                                of("plannedOpening", Kind.DATE), of("diplomas", Kind.ENUMS),
                                of("familyContribution", Kind.AMOUNT)),
                        List.of("api/projects/" + unknown, "api/projects/pas-un-id")),
                new Endpoint("reopen", ADMIN, "POST", "api/projects/" + study + "/reopen",
                        Map.of("step", "territorial-backing", "reason", "Portage enregistré par erreur."),
                        List.of(text("step", 0), text("reason", 2000)),
                        List.of("api/projects/" + unknown + "/reopen", "api/projects/pas-un-id/reopen")),
                new Endpoint("comments", STAFF, "POST", "api/projects/" + backing + "/comments",
                        Map.of("text", "Un commentaire."), List.of(text("text", 5000)),
                        List.of("api/projects/" + unknown + "/comments")),
                new Endpoint("documents", STAFF, "POST", "api/projects/" + backing + "/documents",
                        Map.of("step", "territorial-backing", "title", "Lettre"), List.of(), List.of()),
                new Endpoint("targets", ADMIN, "POST", "api/targets", Map.of("name", "Objectif fuzz",
                        "deadline", "2030-12-31", "minimumPerDepartment", 2),
                        List.of(text("name", 200), of("deadline", Kind.DATE), of("minimumPerDepartment", Kind.INT)),
                        List.of()),
                new Endpoint("schools", STAFF, "POST", "api/schools", schoolRegistration("École fuzz " + unknown),
                        List.of(text("name", 200), text("carrier", 200), of("trades", Kind.TEXTS),
                                of("openedOn", Kind.DATE), of("capacity", Kind.INT)), List.of()),
                new Endpoint("recognition", STAFF, "PUT", "api/schools/" + school + "/recognition",
                        Map.of("arreteDate", "2020-05-04", "reference", "NOR : MENE2000000A"),
                        List.of(of("arreteDate", Kind.DATE), text("reference", 200)),
                        List.of("api/schools/" + unknown + "/recognition")),
                new Endpoint("results", STAFF, "POST", "api/schools/" + school + "/results", results(),
                        List.of(of("schoolYear", Kind.INT), of("pupils16To18", Kind.INT), of("diplomasPassed", Kind.INT),
                                of("leaversJob", Kind.INT), of("leaversFurtherStudy", Kind.INT),
                                of("leaversApprenticeship", Kind.INT), of("leaversOther", Kind.INT)),
                        List.of("api/schools/" + unknown + "/results")),
                new Endpoint("carriers", STAFF, "POST", "api/carriers", carrierForm("Association fuzz " + unknown),
                        carrierFields(), List.of()),
                new Endpoint("carrier", STAFF, "PUT", "api/carriers/" + carrier, carrierForm("Association fuzz bis"),
                        carrierFields(), List.of("api/carriers/" + unknown, "api/carriers/pas-un-id")),
                new Endpoint("contacts", STAFF, "POST", "api/carriers/" + carrier + "/contacts",
                        Map.of("name", "Claire Martin", "role", "Directrice", "email", "claire@example.org",
                                "phone", "01 99 00 00 01"),
                        List.of(text("name", 200), text("role", 200), text("email", 254), text("phone", 30)),
                        List.of("api/carriers/" + unknown + "/contacts")),
                new Endpoint("criteria", ADMIN, "POST", "api/criteria", Map.of("note", "Version fuzz",
                        "themes", List.of(Map.of("code", "T1", "title", "Thème", "criteria",
                                List.of(Map.of("code", "C1", "wording", "Énoncé", "guidance", "Indications"))))),
                        List.of(text("note", 1000), of("themes", Kind.OBJECTS), text("themes[0].code", 20),
                                of("themes[0].criteria", Kind.OBJECTS), text("themes[0].criteria[0].wording", 1000)),
                        List.of()),
                new Endpoint("envelopes", ADMIN, "PUT", "api/envelopes/2031", Map.of("amount", 1_000_000),
                        List.of(of("amount", Kind.AMOUNT)),
                        List.of("api/envelopes/99999", "api/envelopes/0", "api/envelopes/-1", "api/envelopes/deux")),
                new Endpoint("schedule", FUNDING, "PUT", "api/subsidies/" + subsidy + "/schedule",
                        Map.of("lines", List.of(Map.of("kind", "BALANCE", "amount", 500_000, "dueOn", "2027-01-01"))),
                        List.of(of("lines", Kind.OBJECTS), of("lines[0].kind", Kind.ENUM),
                                of("lines[0].amount", Kind.AMOUNT), of("lines[0].dueOn", Kind.DATE),
                                text("lines[0].condition", 500)),
                        List.of("api/subsidies/" + unknown + "/schedule")),
                new Endpoint("payments", FUNDING, "POST", "api/subsidies/" + subsidy + "/payments",
                        Map.of("line", 1, "amount", 1000, "paidOn", StepForms.today().toString(), "reference", "M-1"),
                        List.of(of("line", Kind.INT), of("amount", Kind.AMOUNT), of("paidOn", Kind.DATE),
                                text("reference", 100), text("supportingDocuments", 2000)),
                        List.of("api/subsidies/" + unknown + "/payments")),
                new Endpoint("claim", STAFF, "POST", "api/tasks/" + unknown + "/claim", Map.of("x", 1), List.of(),
                        List.of("api/tasks/" + auditTask + "/claim", "api/tasks/pas-une-tache/claim")),
                new Endpoint("unclaim", STAFF, "POST", "api/tasks/" + unknown + "/unclaim", Map.of("x", 1), List.of(),
                        List.of("api/tasks/" + auditTask + "/unclaim")),
                new Endpoint("territorial-backing", STAFF, "POST", "api/tasks/" + backingTask + "/complete",
                        backingForm, List.of(of("backers", Kind.OBJECTS), text("backers[0].name", 200),
                        of("backers[0].kind", Kind.ENUM), text("backers[0].siren", 9), of("backers[0].letterDate", Kind.DATE),
                        of("sufficient", Kind.BOOL)), otherTasks),
                new Endpoint("opportunity-study", STAFF, "POST", "api/tasks/" + studyTask + "/complete",
                        new HashMap<>(Map.of("conclusion", "FAVOURABLE", "partnerFirms", List.of("Mécaflers"),
                                "summary", "Une synthèse.", "author", "Cabinet", "studyDate", StepForms.today().toString())),
                        List.of(of("conclusion", Kind.ENUM), of("partnerFirms", Kind.TEXTS), text("summary", 10_000),
                                text("author", 200), of("studyDate", Kind.DATE)), otherTasks),
                new Endpoint("insertion-commitment", STAFF, "POST", "api/tasks/" + insertionTask + "/complete",
                        insertionForm, List.of(of("secured", Kind.BOOL), of("partnerFirms", Kind.TEXTS),
                        of("targetInsertionRate", Kind.INT), of("commitments", Kind.OBJECTS),
                        of("commitments[0].kind", Kind.ENUM), of("commitments[0].places", Kind.INT),
                        text("missionLocale", 200)), otherTasks),
                new Endpoint("label-audit", AUDITOR, "POST", "api/tasks/" + auditTask + "/complete", audited,
                        auditFields, List.of("api/tasks/" + unknown + "/complete")),
                new Endpoint("label-audit, another project's action", AUDITOR, "POST",
                        "api/tasks/" + auditTask + "/complete", foreignReview, List.of(of("actionReviews[0].action",
                        Kind.UUID), of("actionReviews[0].status", Kind.ENUM)), List.of("api/tasks/" + auditTask + "/complete")),
                new Endpoint("subsidy-decision", FUNDING, "POST", "api/tasks/" + decisionTask + "/complete", decided,
                        List.of(of("decision", Kind.ENUM), of("envelopeYear", Kind.INT), of("votedOn", Kind.DATE),
                                text("deliberation", 100), of("investmentRequested", Kind.AMOUNT),
                                of("investmentEligible", Kind.AMOUNT), of("investmentGranted", Kind.AMOUNT),
                                of("operatingRequested", Kind.AMOUNT), of("operatingEligible", Kind.AMOUNT),
                                of("operatingGranted", Kind.AMOUNT), of("pupils", Kind.INT),
                                of("coFinancers", Kind.OBJECTS), of("coFinancers[0].programme", Kind.ENUM),
                                of("coFinancers[0].amount", Kind.AMOUNT), of("regionalPicLines", Kind.ENUMS),
                                text("conditions", 2000)), List.of("api/tasks/" + unknown + "/complete")),
                new Endpoint("opening", STAFF, "POST", "api/tasks/" + openingTask + "/complete", Api.opening(),
                        List.of(of("openedOn", Kind.DATE), of("pupils", Kind.INT)),
                        List.of("api/tasks/" + unknown + "/complete", "api/tasks/" + backingTask + "/complete")));
    }

    private static Map<String, Object> carrierForm(String name) {
        return Map.of("name", name, "legalForm", "Association loi 1901", "siren", "200035814", "nonProfit", true,
                "address", "1 rue de l'Exemple, 61300 L'Aigle");
    }

    private static List<Field> carrierFields() {
        return List.of(text("name", 200), text("legalForm", 100), text("siren", 9), of("nonProfit", Kind.BOOL),
                text("address", 500));
    }

    private String school() {
        return api.as(STAFF).body(schoolRegistration("École historique " + UUID.randomUUID()))
                .post("api/schools").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> schoolRegistration(String name) {
        return Map.of("name", name, "carrier", "Association historique", "departmentCode", "76",
                "communeCode", "76540", "trades", List.of("Chaudronnerie"), "openedOn", "2015-09-01", "capacity", 24);
    }

    private static Map<String, Object> results() {
        Map<String, Object> results = new HashMap<>(Map.of("schoolYear", 2024, "pupilsUnder16", 5, "pupils16To18", 30,
                "pupilsOver18", 5, "referredByMissionLocale", 20, "diplomasPassed", 12, "leaversJob", 8,
                "leaversFurtherStudy", 2, "leaversApprenticeship", 3, "leaversOther", 1));
        results.put("diplomas", List.of(Map.of("diploma", "CAP", "presented", 15, "passed", 12)));
        return results;
    }

    /** What is wrong with the answer to a malformed request, or null when it is a clean refusal. */
    private static String failure(MalformedRequests.Request request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return "answered " + status + " " + abbreviated(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ": " + abbreviated(response.body());
        }
        JsonPath problem = JsonPath.from(response.body());
        String detail = problem.getString("detail");
        if (detail == null || !FRENCH.matcher(detail).find()) {
            return status + " without a French detail: " + abbreviated(response.body());
        }
        if (request.field() != null && (status == 400 || status == 422)) {
            List<String> fields = problem.getList("errors.field", String.class);
            String field = request.field();
            if (fields == null || fields.stream().noneMatch(f -> f.startsWith(field) || field.startsWith(f))) {
                return status + " not naming " + field + ": " + abbreviated(response.body());
            }
        }
        return null;
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    private HttpResponse<String> send(MalformedRequests.Request request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(request.user()))
                .header("Accept", "application/json")
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String user, String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static String basic(String user) {
        String password = user.equals(ADMIN) ? System.getProperty("it.admin.password") : Api.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every row of the modules' tables and of the engine's runtime tables, as a digest per table: a refused
     * request that inserted, changed or deleted a row shows.
     */
    private static Map<String, String> rows() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD")); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = sql.executeQuery("select table_schema || '.' || table_name from "
                    + "information_schema.tables where table_type = 'BASE TABLE' and ((table_schema in "
                    + "('schools', 'audits', 'funding', 'accounts') and table_name <> 'flyway_schema_history' "
                    // sign-in throttling's bookkeeping: a valid sign-in forgets the name's earlier failures
                    + "and table_name <> 'sign_in_throttle') "
                    + "or (table_schema = 'public' and table_name in ('act_ru_task', 'act_ru_execution', "
                    + "'act_ru_variable', 'act_hi_procinst', 'act_hi_taskinst', 'act_ru_identitylink')))")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet digest = sql.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' order by t::text)), '') from " + table + " t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        }
        assertThat(digests).as("tables compared").hasSizeGreaterThan(20);
        return digests;
    }

    /** The dashboard page, as a signed-in viewer sees it (sign-in form, then the page with the session). */
    private String dashboardPage() {
        CookieFilter session = new CookieFilter();
        String login = RestAssured.given().baseUri(base.toString()).filter(session).get("login.xhtml").asString();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(viewState.find()).as("view state of the sign-in page").isTrue();
        RestAssured.given().baseUri(base.toString()).filter(session).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("signIn", "signIn").formParam("signIn:continue", "")
                .formParam("signIn:username", VIEWER).formParam("signIn:password", Api.PASSWORD)
                .formParam("signIn:submit", "Se connecter").formParam("jakarta.faces.ViewState", viewState.group(1))
                .post("login.xhtml");
        return RestAssured.given().baseUri(base.toString()).filter(session).get("dashboard.xhtml")
                .then().statusCode(200).extract().asString();
    }
}

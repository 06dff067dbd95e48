package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.app.rest.OpenToCarriers;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix of the carriers' portal (issue 16): two carriers A and B, each with its account (opened
 * by the administrator), a project, a document and a school. A's account against every endpoint of the API and every
 * page: A's own where the README opens it to carriers, B's answered exactly like a missing record (404), every other
 * endpoint refused by {@code CarrierReach} (403) whatever the ids, and nothing written (every table's rows counted
 * before and after). The endpoints are read from the JAX-RS classes and the pages from the WAR, so that an endpoint
 * opened to carriers without being named here, or a page added, fails this test until the matrix says what a carrier
 * gets there. Also: a carrier's account whose carrier link is missing, a deactivated carrier's account.
 */
class CarrierPortalIT extends InTheBrowser {

    private static final String REST_PACKAGE = "/WEB-INF/classes/fr/normandie/ecoles/app/rest/";
    /** What CarrierReach answers on every path of the Region's people. */
    private static final String OUT_OF_REACH = "réservée aux services de la Région";

    /** One carrier of the test, with its account and what it carries. */
    private record Side(String account, String carrierId, String project, String projectName, String document,
                        String school, String schoolName, String grant) {
    }

    private Side a;
    private Side b;

    @BeforeEach
    void twoCarriers() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        a = side("a", run);
        b = side("b", run);
    }

    /**
     * The endpoints open to carriers (README, "Porteurs de projet"): each with the request that reads A's own and
     * the one that names B's instead. Every other endpoint is closed to carriers.
     */
    private Map<String, Function<Side, String>> openEndpoints() {
        Map<String, Function<Side, String>> open = new LinkedHashMap<>();
        open.put("GET projects", s -> "api/projects");
        open.put("GET projects/{id}", s -> "api/projects/" + s.project());
        open.put("GET projects/{id}/timeline", s -> "api/projects/" + s.project() + "/timeline");
        open.put("GET projects/{id}/documents", s -> "api/projects/" + s.project() + "/documents");
        open.put("GET projects/{id}/documents/{documentId}",
                s -> "api/projects/" + s.project() + "/documents/" + s.document());
        open.put("GET schools", s -> "api/schools");
        open.put("GET schools/{id}", s -> "api/schools/" + s.school());
        // the other parts of the portal (issue 16): expected documents, messages, the carrier's tasks, reports
        open.put("GET steps/{key}/required-documents", s -> "api/steps/territorial-backing/required-documents");
        open.put("GET projects/{id}/required-documents", s -> "api/projects/" + s.project() + "/required-documents");
        open.put("GET projects/{id}/messages", s -> "api/projects/" + s.project() + "/messages");
        open.put("GET projects/{id}/messages/unread", s -> "api/projects/" + s.project() + "/messages/unread");
        open.put("GET tasks", s -> "api/tasks");
        open.put("GET schools/{id}/reports", s -> "api/schools/" + s.school() + "/reports");
        open.put("GET grants/{id}/use-reports", s -> "api/grants/" + s.grant() + "/use-reports");
        return open;
    }

    /**
     * The writes open to carriers, each with a request a carrier would send on the side's record: A's own are walked
     * by each part's own test (RequiredDocumentsIT, ProjectMessagesIT, CarrierSubmissionIT, YearlyReportsIT); here
     * B's are refused as missing and write nothing.
     */
    private Map<String, java.util.function.BiFunction<RequestSpecification, Side, Response>> openWrites() {
        Map<String, java.util.function.BiFunction<RequestSpecification, Side, Response>> open = new LinkedHashMap<>();
        open.put("POST projects/{id}/documents (multipart)", (as, s) -> as.contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", "etude.pdf", pdf(), "application/pdf").post("api/projects/" + s.project() + "/documents"));
        open.put("POST projects/{id}/messages", (as, s) -> as.contentType("application/json")
                .body(Map.of("text", "Bonjour, voici notre dossier.")).post("api/projects/" + s.project() + "/messages"));
        open.put("POST tasks/{id}/complete", (as, s) -> as.contentType("application/json")
                .body(Map.of("comment", "Dossier complet.")).post("api/tasks/" + api.task(STAFF, s.project(),
                        "territorial-backing") + "/complete"));
        open.put("POST schools/{id}/reports/results", (as, s) -> as.contentType("application/json")
                .body(Map.of("schoolYear", Api.YEAR - 1, "pupils", 12)).post("api/schools/" + s.school() + "/reports/results"));
        open.put("POST grants/{id}/use-reports", (as, s) -> as.contentType("application/json")
                .body(Map.of("year", Api.YEAR, "staff", 1000, "supplies", 0, "equipment", 0, "premises", 0, "other", 0))
                .post("api/grants/" + s.grant() + "/use-reports"));
        return open;
    }

    /** Every endpoint the matrix opens to carriers, reads and writes. */
    private Set<String> openKeys() {
        Set<String> keys = new TreeSet<>(openEndpoints().keySet());
        keys.addAll(openWrites().keySet());
        return keys;
    }

    @Test
    void theMatrixNamesEveryEndpointOpenedToCarriersAndNoOther() {
        Set<String> opened = endpoints().stream().filter(Endpoint::openToCarriers).map(Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(opened).as("the endpoints marked @OpenToCarriers are those the matrix opens").isEqualTo(openKeys());
    }

    @Test
    void aCarrierWritesNothingOnAnotherCarriersRecords() throws SQLException {
        Map<String, Long> before = rowCounts();
        for (Map.Entry<String, java.util.function.BiFunction<RequestSpecification, Side, Response>> write
                : openWrites().entrySet()) {
            Response foreign = write.getValue().apply(carrier(a).accept("*/*"), b);
            assertThat(foreign.statusCode()).as(write.getKey() + " on B's: " + foreign.asString()).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(foreign.asString()).doesNotContain(b.projectName(), b.schoolName(), b.carrierId());
        }
        assertThat(rowCounts()).as("nothing written on B's records").isEqualTo(before);
    }

    @Test
    void aCarrierReadsItsOwnOnTheOpenEndpointsAndAnotherCarriersAsMissing() {
        for (Map.Entry<String, Function<Side, String>> endpoint : openEndpoints().entrySet()) {
            Response own = carrier(a).accept("*/*").get(endpoint.getValue().apply(a));
            assertThat(own.statusCode()).as(endpoint.getKey() + " on A's own: " + own.asString()).isEqualTo(200);
            assertThat(own.asString()).as(endpoint.getKey() + " tells nothing of B").doesNotContain(b.project(),
                    b.projectName(), b.school(), b.schoolName(), b.carrierId());
        }
        // the lists hold A's alone
        assertThat(carrier(a).get("api/projects").jsonPath().getList("carrierId", String.class))
                .containsOnly(a.carrierId()).hasSize(1);
        assertThat(carrier(a).queryParam("status", "IN_PROGRESS").get("api/projects").jsonPath()
                .getList("id", String.class)).containsExactly(a.project());
        assertThat(carrier(a).queryParam("mine", true).get("api/projects").jsonPath().getList("id")).isEmpty();
        assertThat(carrier(a).get("api/schools").jsonPath().getList("id", String.class)).containsExactly(a.school());
        // the document's bytes
        assertThat(carrier(a).accept("*/*").get("api/projects/" + a.project() + "/documents/" + a.document())
                .asByteArray()).isEqualTo(pdf());

        // B's, by each open endpoint that names a record, exactly as a record that does not exist
        String missing = UUID.randomUUID().toString();
        Side nobody = new Side("", "", missing, "", missing, missing, "", missing);
        for (Map.Entry<String, Function<Side, String>> endpoint : openEndpoints().entrySet()) {
            String foreignPath = endpoint.getValue().apply(b);
            if (foreignPath.equals(endpoint.getValue().apply(a))) {
                continue; // a list: it names nobody's record
            }
            Response foreign = carrier(a).get(foreignPath);
            Response absent = carrier(a).get(endpoint.getValue().apply(nobody));
            assertThat(foreign.statusCode()).as(endpoint.getKey() + " on B's: " + foreign.asString()).isEqualTo(404);
            assertThat(foreign.contentType()).startsWith("application/problem+json");
            assertThat(foreign.jsonPath().getString("title")).isEqualTo(absent.jsonPath().getString("title"));
            assertThat(foreign.jsonPath().getString("detail").replace(b.project(), "X").replace(b.school(), "X")
                    .replace(b.grant(), "X"))
                    .as(endpoint.getKey() + ": B's answered like a missing one")
                    .isEqualTo(absent.jsonPath().getString("detail").replace(missing, "X"));
            assertThat(foreign.asString()).doesNotContain(b.projectName(), b.schoolName(), b.carrierId());
        }
        // B's document under A's project: not found either
        assertThat(carrier(a).get("api/projects/" + a.project() + "/documents/" + b.document()).statusCode())
                .isEqualTo(404);
        // a malformed id, and one far too long, are as missing
        assertThat(carrier(a).get("api/projects/pas-un-identifiant").statusCode()).isEqualTo(404);
        assertThat(carrier(a).get("api/schools/" + "9".repeat(5000)).statusCode()).isIn(404, 414, 400);
    }

    @Test
    void aCarrierSeesOnlyTheTimelineEntriesMeantForCarriers() {
        // Given staff took A's first task and commented
        String task = api.task(STAFF, a.project(), "territorial-backing");
        assertThat(api.as(STAFF).post("api/tasks/" + task + "/claim").statusCode()).isEqualTo(204);
        assertThat(api.as(STAFF).body(Map.of("text", "Note interne : relancer la mairie.")).post("api/projects/"
                + a.project() + "/comments").statusCode()).isEqualTo(201);
        // and completed it
        api.fileMandatoryDocuments(STAFF, a.project(), "territorial-backing");
        api.step(STAFF, a.project(), "territorial-backing", Api.backing(true));

        List<String> staffKinds = api.as(VIEWER).get("api/projects/" + a.project() + "/timeline").jsonPath().getList("kind");
        Response carriers = carrier(a).get("api/projects/" + a.project() + "/timeline");
        List<String> carrierKinds = carriers.jsonPath().getList("kind");

        assertThat(staffKinds).contains("TASK_CLAIMED", "COMMENT_ADDED", "STEP_RECORDED");
        assertThat(carrierKinds).contains("PROJECT_REGISTERED", "TASK_CREATED", "TASK_COMPLETED", "DOCUMENT_ADDED")
                .doesNotContain("TASK_CLAIMED", "COMMENT_ADDED", "TASK_HANDED_OVER", "OFFICER_CHANGED", "PROJECT_EDITED",
                        "STEP_RECORDED", "REMINDER_SENT");
        assertThat(carriers.asString()).doesNotContain("Note interne");
        assertThat(carrierKinds).isSubsetOf("PROJECT_REGISTERED", "TASK_CREATED", "TASK_COMPLETED", "DOCUMENT_ADDED",
                "PROJECT_ABANDONED", "PROJECT_CLOSED", "SCHOOL_OPENED");
    }

    @Test
    void everyOtherEndpointRefusesACarrierWhateverTheIdsAndWritesNothing() throws SQLException {
        Set<String> open = openKeys();
        Map<String, Long> before = rowCounts();
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : endpoints()) {
            if (open.contains(endpoint.key())) {
                continue;
            }
            for (Side ids : List.of(a, b)) {
                Response answer = endpoint.call(carrier(a), ids);
                tried++;
                if (answer.statusCode() != 403 || !answer.asString().contains(OUT_OF_REACH)) {
                    wrong.add(endpoint.key() + " (" + ids.account() + "'s ids) answered " + answer.statusCode()
                            + ": " + answer.asString());
                }
            }
        }
        assertThat(wrong).as("endpoints closed to carriers that did not refuse A with 403").isEmpty();
        assertThat(tried).isGreaterThan(150);
        assertThat(rowCounts()).as("nothing written by the refused requests").isEqualTo(before);
    }

    @Test
    void aCarrierAccountWithoutItsCarrierOrDeactivatedIsRefusedAtOnce() throws SQLException {
        // a carrier's account whose carrier link went missing: refused even on the paths open to carriers
        Side orphan = side("orphan", UUID.randomUUID().toString().substring(0, 8));
        try (Connection db = EngineTables.open(); PreparedStatement unlink = db.prepareStatement(
                "update accounts.account set carrier_id = null where username = ?")) {
            unlink.setString(1, orphan.account());
            assertThat(unlink.executeUpdate()).isEqualTo(1);
        }
        for (String path : List.of("api/projects", "api/projects/" + orphan.project(), "api/schools", "api/coverage")) {
            Response refused = carrier(orphan).get(path);
            assertThat(refused.statusCode()).as(path + ": " + refused.asString()).isEqualTo(403);
            assertThat(refused.asString()).doesNotContain(orphan.projectName(), a.projectName());
        }

        // a deactivated carrier's account: refused at once (401), and again allowed once reactivated
        assertThat(carrier(a).get("api/projects").statusCode()).isEqualTo(200);
        assertThat(api.admin().post("api/accounts/" + a.account() + "/deactivate").statusCode()).isEqualTo(200);
        assertThat(carrier(a).get("api/projects").statusCode()).isEqualTo(401);
        assertThat(carrier(a).get("api/projects/" + a.project()).statusCode()).isEqualTo(401);
        assertThat(api.admin().post("api/accounts/" + a.account() + "/reactivate").statusCode()).isEqualTo(200);
        assertThat(carrier(a).get("api/projects").statusCode()).isEqualTo(200);
    }

    @Test
    void inTheBrowserACarrierSeesItsHomeAndProjectAndEveryOtherPageIsRefused() {
        browser.signIn(a.account(), PASSWORD);

        // its home: its project, where it stands, its school; not B's
        browser.go("carrier/projects.xhtml");
        assertThat(browser.heading()).contains("Mes projets et écoles");
        String home = browser.text(By.id("carrier-project-table"));
        assertThat(home).contains(a.projectName(), "Portage territorial", "En cours").doesNotContain(b.projectName());
        assertThat(browser.text(By.id("carrier-school-list"))).contains(a.schoolName()).doesNotContain(b.schoolName());
        browser.assertAccessible("carrier/projects.xhtml");
        browser.screenshot("carrier-home");

        // its project: registration, the open step with its due date, the carrier's timeline, its documents
        browser.driver().findElement(By.linkText(a.projectName())).click();
        browser.waitFor(By.id("standing"));
        assertThat(browser.heading()).isEqualTo(a.projectName());
        assertThat(browser.text(By.id("open-steps"))).contains("Portage territorial", "Échéance");
        assertThat(browser.text(By.id("carrier-timeline"))).isNotBlank();
        assertThat(browser.text(By.id("registration"))).contains(a.projectName(), "Usinage");
        String download = browser.driver().findElement(By.cssSelector("#document-list a")).getAttribute("href");
        HttpResponse<byte[]> file = browser.fetch(download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf());
        assertThat(browser.driver().findElements(By.cssSelector("#carrier-project-links a"))).hasSize(3);
        browser.assertAccessible("carrier/project.xhtml");
        browser.screenshot("carrier-project");

        // B's project, a missing one, a malformed id: the 404 page, telling nothing
        for (String id : List.of(b.project(), UUID.randomUUID().toString(), "pas-un-identifiant")) {
            browser.go("carrier/project.xhtml?id=" + id);
            assertThat(browser.heading()).isEqualTo("Page introuvable");
            assertThat(browser.driver().getPageSource()).doesNotContain(b.projectName());
            assertThat(browser.fetch("carrier/project.xhtml?id=" + id).statusCode()).isEqualTo(404);
        }
        browser.assertAccessible("the 404 page for a carrier");

        // every page of the WAR: the carriers' own, the public ones, and the Region's refused
        List<String> wrong = new ArrayList<>();
        for (String page : pages()) {
            String own = page + "?id=" + a.project() + "&project=" + a.project() + "&school=" + a.school();
            String foreign = page + "?id=" + b.project() + "&project=" + b.project() + "&school=" + b.school();
            int ownStatus = browser.fetch(own).statusCode();
            HttpResponse<byte[]> foreignAnswer = browser.fetch(foreign);
            String foreignBody = new String(foreignAnswer.body(), StandardCharsets.UTF_8);
            boolean leaks = foreignBody.contains(b.projectName()) || foreignBody.contains(b.schoolName());
            if (page.startsWith("carrier/")) {
                if (ownStatus != 200 || (foreignAnswer.statusCode() != 404 && page.equals("carrier/project.xhtml")) || leaks
                        || foreignAnswer.statusCode() >= 500 || foreignAnswer.statusCode() == 403) {
                    wrong.add(page + ": own " + ownStatus + ", B's " + foreignAnswer.statusCode() + (leaks ? " (leaks B)" : ""));
                }
            } else if (isPublic(page)) {
                if (leaks) {
                    wrong.add(page + ": leaks B");
                }
            } else if (ownStatus != 403 || foreignAnswer.statusCode() != 403) {
                wrong.add(page + ": own " + ownStatus + ", B's " + foreignAnswer.statusCode() + " (expected 403)");
            }
        }
        assertThat(wrong).as("pages answering a carrier otherwise than the matrix says").isEmpty();
        assertThat(browser.fetch("diagram/school-opening.bpmn").statusCode()).isEqualTo(403);
    }

    @Test
    void aCarrierWithNothingCarriedIsToldSoInFrench() {
        Response carrier = api.as(STAFF).body(Map.of("name", "Porteur sans projet " + UUID.randomUUID(),
                "legalForm", "Association loi 1901", "nonProfit", true)).post("api/carriers");
        assertThat(carrier.statusCode()).as(carrier.asString()).isEqualTo(201);
        String account = "it-carrier-none-" + UUID.randomUUID().toString().substring(0, 8);
        openCarrierAccount(account, carrier.path("id"));

        assertThat(api.as(account).get("api/projects").jsonPath().getList("id")).isEmpty();
        assertThat(api.as(account).get("api/schools").jsonPath().getList("id")).isEmpty();
        browser.signIn(account, PASSWORD);
        browser.go("carrier/projects.xhtml");
        assertThat(browser.text(By.id("no-project"))).isEqualTo(
                "Votre organisme ne porte aucun projet d’école de production pour l’instant.");
        assertThat(browser.text(By.id("no-school"))).contains("aucune école de production ouverte");
        browser.assertAccessible("carrier/projects.xhtml with nothing carried");
    }

    // ---- the fixture

    /** A carrier (named by a project registered for it), its account, a document on the project and a school. */
    private Side side(String letter, String run) {
        String projectName = "École du porteur " + letter.toUpperCase() + " " + run;
        Map<String, Object> registration = new LinkedHashMap<>(Api.registration(projectName, "14", "14118"));
        registration.put("carrier", "Porteur " + letter.toUpperCase() + " " + run);
        Response project = api.as(STAFF).body(registration).post("api/projects");
        assertThat(project.statusCode()).as(project.asString()).isEqualTo(201);
        String projectId = project.path("id");
        String carrierId = project.path("carrierId");

        Response document = api.as(STAFF).contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", "statuts-" + letter + ".pdf", pdf(), "application/pdf")
                .post("api/projects/" + projectId + "/documents");
        assertThat(document.statusCode()).as(document.asString()).isEqualTo(201);

        String schoolName = "École ouverte du porteur " + letter.toUpperCase() + " " + run;
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("name", schoolName);
        school.put("carrierId", carrierId);
        school.put("departmentCode", "14");
        school.put("communeCode", "14118");
        school.put("trades", List.of("Menuiserie"));
        // after 2021: Calvados's real history (its first school in September 2021, SchoolLifeIT, ResultsIT) stays its own
        school.put("openedOn", "2023-09-01");
        school.put("capacity", 12);
        Response registered = api.as(STAFF).body(school).post("api/schools");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);

        Map<String, Object> grant = new LinkedHashMap<>(Map.of("school", registered.path("id"), "kind", "OPERATING",
                "firstYear", Api.YEAR, "amounts", List.of(20_000), "expenses", 300_000, "workshopSales", 100_000,
                "otherFunders", 50_000, "apprenticeshipTax", 20_000));
        grant.put("purpose", "Fonctionnement de l'école " + schoolName + ".");
        Response requested = api.as(Api.FUNDING).body(grant).post("api/grants");
        assertThat(requested.statusCode()).as(requested.asString()).isEqualTo(201);

        String account = "it-carrier-" + letter + "-" + run;
        openCarrierAccount(account, carrierId);
        return new Side(account, carrierId, projectId, projectName, document.path("id"), registered.path("id"), schoolName,
                requested.path("grant.summary.id"));
    }

    private void openCarrierAccount(String account, String carrierId) {
        Response opened = api.admin().body(Map.of("username", account, "password", PASSWORD, "fullName",
                "Porteur " + account, "roles", List.of("CARRIER"), "carrier", carrierId)).post("api/accounts");
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
    }

    private RequestSpecification carrier(Side side) {
        return api.as(side.account());
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    // ---- the API's endpoints, read from the JAX-RS classes the WAR holds

    /** A resource method: its verb, its path under /api (parameters without their patterns), its media types. */
    private record Endpoint(String verb, String path, String consumes, boolean openToCarriers) {

        /** The verb and path, and which of two methods on one path (JSON or multipart) it is. */
        String key() {
            return verb + " " + path + (consumes.startsWith("multipart/") ? " (multipart)" : "");
        }

        /** The request, each path parameter replaced by one of the side's ids (or a value its pattern takes). */
        Response call(RequestSpecification as, Side ids) {
            Matcher parameters = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
            StringBuilder uri = new StringBuilder("api/");
            while (parameters.find()) {
                parameters.appendReplacement(uri, Matcher.quoteReplacement(value(parameters.group(1), ids)));
            }
            parameters.appendTail(uri);
            RequestSpecification request = as.accept("*/*");
            boolean withBody = !verb.equals("GET") && !verb.equals("DELETE") && !verb.equals("HEAD");
            if (withBody && consumes.startsWith("multipart/")) {
                request = request.contentType("multipart/form-data; charset=UTF-8")
                        .multiPart("file", "intrus.pdf", pdf(), "application/pdf").multiPart("form", "{}", "application/json");
            } else if (withBody) {
                request = request.contentType("application/json").body("{}");
            }
            return request.request(verb, uri.toString());
        }

        private static String value(String parameter, Side ids) {
            return switch (parameter) {
                case "year" -> String.valueOf(Api.YEAR);
                case "format" -> "csv";
                case "dataset" -> "projects";
                case "code" -> "14";
                case "number", "version" -> "1";
                case "username" -> ids.account();
                case "school" -> ids.school();
                case "documentId" -> ids.document();
                case "kind" -> "INVESTMENT";
                case "step" -> "territorial-backing";
                default -> ids.project();
            };
        }
    }

    /** Every resource method of the API, from the classes of the WAR's REST package. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (String entry : Api.war().getContent().keySet().stream().map(ArchivePath::get).toList()) {
            if (!entry.startsWith(REST_PACKAGE) || !entry.endsWith(".class") || entry.contains("$")) {
                continue;
            }
            Class<?> type = load(entry.substring("/WEB-INF/classes/".length(), entry.length() - ".class".length())
                    .replace('/', '.'));
            Path root = type.getAnnotation(Path.class);
            if (root == null || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = String.join("/", java.util.stream.Stream.of(template(root.value()),
                        sub == null ? "" : template(sub.value())).filter(part -> !part.isEmpty()).toList());
                Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                        : type.getAnnotation(Consumes.class);
                found.add(new Endpoint(verb, path, consumes == null ? "application/json"
                        : consumes.value()[0], method.isAnnotationPresent(OpenToCarriers.class)
                        || type.isAnnotationPresent(OpenToCarriers.class)));
            }
        }
        assertThat(found).as("resource methods found in the WAR").hasSizeGreaterThan(80);
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CarrierPortalIT.class.getClassLoader()); // its annotations only
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the WAR's class " + name + " is not on the test's class path", e);
        }
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** A @Path without its slashes at either end, and each parameter without its pattern ({year: \d{4}}: {year}). */
    private static String template(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inPattern = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                }
                continue;
            }
            if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(c);
                    inPattern = false;
                }
                continue;
            }
            if (depth >= 1 && c == ':') {
                inPattern = true;
                continue;
            }
            if (depth > 1 || inPattern || (depth == 1 && c == ' ')) {
                continue;
            }
            out.append(c);
        }
        return out.toString().replaceAll("^/+|/+$", "");
    }

    // ---- the pages, read from the WAR

    /** Every page of the WAR (its facelets outside WEB-INF and resources), without its leading slash. */
    private static List<String> pages() {
        List<String> pages = Api.war().getContent().keySet().stream().map(ArchivePath::get)
                .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                .map(p -> p.substring(1)).sorted().toList();
        assertThat(pages).contains("carrier/projects.xhtml", "carrier/project.xhtml", "dashboard.xhtml");
        return pages;
    }

    /**
     * The pages anyone may open: the sign-in, the error pages, the welcome page (which sends a carrier to its home
     * or the Region's people to the dashboard) and the invitation's.
     */
    private static boolean isPublic(String page) {
        return page.equals("login.xhtml") || page.equals("index.xhtml") || page.equals("invitation.xhtml")
                || page.startsWith("errors/");
    }

    // ---- nothing written

    /** The number of rows of every table of the database, by table. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = EngineTables.open()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = db.createStatement().executeQuery("select table_schema || '.' || table_name "
                    + "from information_schema.tables where table_type = 'BASE TABLE' "
                    + "and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = db.createStatement().executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }
}

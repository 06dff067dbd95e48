package fr.normandie.ecoles.app.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Required documents per step (issue 16, docs): the administrators set what each step expects; a carrier's account
 * files the documents of its own project (never another's: refused as not found, nothing stored) and sees what is
 * missing; staff cannot complete a step of a project whose carrier files online while a mandatory document is
 * missing, and can once it is sent; a project whose carrier has no account is not held back. In the browser: the
 * carrier's documents page (an upload through its form) and the administrators' page, each checked with axe-core.
 */
class RequiredDocumentsIT extends InTheBrowser {

    private static final String BACKING = "territorial-backing";
    private static final String INSERTION = "insertion-commitment";
    private static final String LETTERS = "Lettres de soutien";

    @Test
    void administratorsSetWhatAStepExpectsInOrderAndOthersOnlyReadIt() {
        List<Map<String, Object>> before = expected(INSERTION);
        assertThat(before).extracting(d -> d.get("label")).containsExactly("Engagements d'embauche des entreprises");
        String kept = (String) before.get(0).get("id");
        try {
            // When the administrator puts a new mandatory document first and keeps the other one, optional
            Response set = api.admin().body(Map.of("documents", List.of(
                    Map.of("label", "Convention avec la mission locale", "mandatory", true),
                    Map.of("id", kept, "label", "Engagements d'embauche signés", "mandatory", false)))).put(path(INSERTION));
            assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);

            // Then everyone reads the list in that order, the item kept under its id with its new label
            List<Map<String, Object>> after = expected(INSERTION);
            assertThat(after).extracting(d -> d.get("label"))
                    .containsExactly("Convention avec la mission locale", "Engagements d'embauche signés");
            assertThat(after).extracting(d -> d.get("mandatory")).containsExactly(true, false);
            assertThat(after.get(1).get("id")).isEqualTo(kept);
        } finally {
            api.admin().body(Map.of("documents", List.of(Map.of("id", kept,
                    "label", "Engagements d'embauche des entreprises", "mandatory", false)))).put(path(INSERTION))
                    .then().statusCode(200);
        }
        assertThat(expected(INSERTION)).isEqualTo(before);
    }

    @Test
    void aChangeOfTheListIsRefusedCleanlyAndWritesNothing() {
        List<Map<String, Object>> before = expected(INSERTION);
        Map<String, Object> body = Map.of("documents", List.of(Map.of("label", "Convention", "mandatory", true)));

        // not an administrator: 403, staff and carriers alike
        assertThat(api.as(STAFF).body(body).put(path(INSERTION)).statusCode()).isEqualTo(403);
        String carrier = carrierAccount(register("14", "14118", "École des documents " + UUID.randomUUID()));
        assertThat(api.as(carrier).body(body).put(path(INSERTION)).statusCode()).isEqualTo(403);
        // no such step: 404, reading or writing
        assertThat(api.admin().body(body).put(path("sieste")).statusCode()).isEqualTo(404);
        assertThat(api.as(VIEWER).get(path("sieste")).statusCode()).isEqualTo(404);
        // a bad body: 422 naming each field, or 400 for what is no list of documents
        Response blank = api.admin().body(Map.of("documents", List.of(Map.of("label", " ", "mandatory", true),
                Map.of("label", "x".repeat(201), "mandatory", false), Map.of("label", "Statuts"),
                Map.of("label", "statuts ", "mandatory", true)))).put(path(INSERTION));
        assertThat(blank.statusCode()).as(blank.asString()).isEqualTo(422);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.jsonPath().getList("errors.field", String.class))
                .containsExactly("documents[0].label", "documents[1].label", "documents[3].label");
        assertThat(blank.jsonPath().getString("errors[0].message")).contains("libellé");
        Response unknownId = api.admin().body(Map.of("documents", List.of(Map.of("id", UUID.randomUUID().toString(),
                "label", "Convention", "mandatory", true)))).put(path(INSERTION));
        assertThat(unknownId.statusCode()).isEqualTo(422);
        assertThat(unknownId.jsonPath().getString("errors[0].field")).isEqualTo("documents[0].id");
        assertThat(api.admin().body(Map.of("documents", "Convention")).put(path(INSERTION)).statusCode()).isEqualTo(400);
        Response none = api.admin().body("{}").put(path(INSERTION));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.jsonPath().getString("errors[0].field")).isEqualTo("documents");
        Response tooMany = api.admin().body(Map.of("documents", java.util.stream.IntStream.range(0, 31)
                .mapToObj(i -> Map.of("label", "Pièce " + i, "mandatory", false)).toList())).put(path(INSERTION));
        assertThat(tooMany.statusCode()).isEqualTo(422);

        assertThat(expected(INSERTION)).isEqualTo(before);
    }

    @Test
    void aCarrierFilesItsOwnProjectsDocumentsAndSeesWhatIsMissingButNeverReachesAnothers() {
        // Given two projects of two carriers, the first with a carrier's account
        String own = register("14", "14118", "École du porteur " + UUID.randomUUID());
        String other = register("50", "50129", "École d'un autre porteur " + UUID.randomUUID());
        String carrier = carrierAccount(own);

        // Then the carrier reads what its project's steps expect, the letters of support missing, and binding
        JsonPath checklist = checklist(carrier, own);
        assertThat(checklist.getList("find { it.step == 'territorial-backing' }.missing.label")).containsExactly(LETTERS);
        assertThat(checklist.getBoolean("find { it.step == 'territorial-backing' }.enforced")).isTrue();
        String letters = checklist.getString("find { it.step == 'territorial-backing' }.expected[0].requirement.id");
        // but not another carrier's: not found, as if it did not exist
        assertThat(api.as(carrier).get("api/projects/" + other + "/required-documents").statusCode()).isEqualTo(404);

        // When it sends a letter for its own project, answering the expected document
        Response sent = multipart(carrier).multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .multiPart("requirement", letters).post(documents(own));
        assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(201);
        assertThat(sent.jsonPath().getString("requirement")).isEqualTo(letters);
        assertThat(sent.jsonPath().getString("step")).isEqualTo(BACKING);
        assertThat(sent.jsonPath().getString("uploadedBy")).isEqualTo(carrier);

        // Then it is there, nothing is missing at that step any more, and the carrier downloads it
        JsonPath after = checklist(carrier, own);
        assertThat(after.getList("find { it.step == 'territorial-backing' }.missing")).isEmpty();
        assertThat(after.getList("find { it.step == 'territorial-backing' }.expected[0].documents.name"))
                .containsExactly("Lettre du maire.pdf");
        Response download = api.as(carrier).accept("*/*").get(documents(own) + "/" + sent.jsonPath().getString("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(pdf());
        // staff see it in the project's file
        assertThat(api.as(STAFF).get(documents(own)).jsonPath().getList("name")).containsExactly("Lettre du maire.pdf");

        // When it sends to the other carrier's project, with or without an expected document: not found, nothing stored
        assertThat(multipart(carrier).multiPart("file", "Lettre.pdf", pdf(), "application/pdf").post(documents(other))
                .statusCode()).isEqualTo(404);
        assertThat(multipart(carrier).multiPart("file", "Lettre.pdf", pdf(), "application/pdf")
                .multiPart("requirement", letters).post(documents(other)).statusCode()).isEqualTo(404);
        assertThat(multipart(carrier).multiPart("file", "vide.pdf", new byte[0], "application/pdf").post(documents(other))
                .statusCode()).isEqualTo(404);
        assertThat(api.as(STAFF).get(documents(other)).jsonPath().getList("$")).isEmpty();
        // nor reads its documents, nor its file, nor completes a task
        String staffDocument = multipart(STAFF).multiPart("file", "Note.pdf", pdf(), "application/pdf").post(documents(other))
                .then().statusCode(201).extract().path("id");
        assertThat(api.as(carrier).accept("*/*").get(documents(other) + "/" + staffDocument).statusCode()).isEqualTo(404);
        assertThat(api.as(carrier).get(documents(own)).statusCode()).isEqualTo(200); // its own list: open to carriers
        String task = api.task(STAFF, own, BACKING);
        assertThat(api.complete(carrier, task, Api.backing(true)).statusCode()).isEqualTo(403);

        // and the content is checked as staff's is: a text named .pdf, an unknown expected document, are refused
        Response disguised = multipart(carrier).multiPart("file", "Statuts.pdf",
                "Ceci n'est pas un PDF.\n".getBytes(StandardCharsets.UTF_8), "application/pdf").post(documents(own));
        assertThat(disguised.statusCode()).isEqualTo(415);
        Response unknown = multipart(carrier).multiPart("file", "Statuts.pdf", pdf(), "application/pdf")
                .multiPart("requirement", UUID.randomUUID().toString()).post(documents(own));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("errors[0].field")).isEqualTo("requirement");
        Response otherStep = multipart(carrier).multiPart("file", "Statuts.pdf", pdf(), "application/pdf")
                .multiPart("requirement", letters).multiPart("step", "opening").post(documents(own));
        assertThat(otherStep.statusCode()).isEqualTo(422);
        assertThat(api.as(STAFF).get(documents(own)).jsonPath().getList("name")).containsExactly("Lettre du maire.pdf");
    }

    @Test
    void staffCannotCompleteAStepWhileAMandatoryDocumentIsMissingWhenTheCarrierFilesOnline() {
        // Given a project whose carrier files online, at its territorial backing, without its letters of support
        String project = register("61", "61001", "École en ligne " + UUID.randomUUID());
        String carrier = carrierAccount(project);
        String task = api.task(STAFF, project, BACKING);

        // When staff complete the step: refused, naming the missing document, and nothing written
        Response refused = api.complete(STAFF, task, Api.backing(true));
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("« " + LETTERS + " »", "Portage territorial");
        assertThat(api.project(project).jsonPath().getList("currentSteps")).containsExactly(BACKING);
        assertThat(api.project(project).jsonPath().getList("history")).isEmpty();
        assertThat(api.as(VIEWER).get("api/projects/" + project + "/file").jsonPath().getList("backings")).isNullOrEmpty();

        // When the carrier sends them, then staff complete the step: accepted
        String letters = checklist(carrier, project).getString("find { it.step == 'territorial-backing' }.expected[0].requirement.id");
        multipart(carrier).multiPart("file", "Lettres.pdf", pdf(), "application/pdf").multiPart("requirement", letters)
                .post(documents(project)).then().statusCode(201);
        Response accepted = api.complete(STAFF, task, Api.backing(true));
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
        // (the carrier files online: the study starts with its own submission)
        assertThat(api.project(project).jsonPath().getList("currentSteps")).containsExactly("study-submission");

        // and a project whose carrier has no account is not held back (its documents come by e-mail)
        String offline = register("27", "27229", "École hors ligne " + UUID.randomUUID());
        assertThat(checklist(STAFF, offline).getBoolean("find { it.step == 'territorial-backing' }.enforced")).isFalse();
        api.step(STAFF, offline, BACKING, Api.backing(true));
    }

    @Test
    void theCarrierSendsADocumentFromItsPageAndTheAdministratorReadsTheLists() throws IOException {
        String project = register("76", "76540", "École du navigateur " + UUID.randomUUID());
        String other = register("50", "50129", "École d'à côté " + UUID.randomUUID());
        String carrier = carrierAccount(project);
        Path pdf = Files.write(Files.createTempFile("lettres", ".pdf"), pdf());

        // The carrier's page: what is missing, and a form per expected document
        browser.signIn(carrier, PASSWORD);
        browser.go("carrier/documents.xhtml?project=" + project);
        assertThat(browser.heading()).isEqualTo("Documents du projet");
        assertThat(browser.text(By.id("missing-list"))).contains(LETTERS + " — étape « Portage territorial »");
        browser.assertAccessible("carrier-documents");
        browser.screenshot("carrier-documents");

        // an empty form is refused next to its field
        browser.submit("documents:steps:0:items:0:send");
        assertThat(browser.text(By.id("documents:steps:0:items:0:file-message"))).contains("Choisissez");

        // When it sends the letters through the first form
        browser.driver().findElement(By.id("documents:steps:0:items:0:file")).sendKeys(pdf.toString());
        browser.submit("documents:steps:0:items:0:send");

        // Then they are there, and no longer missing
        browser.screenshot("carrier-documents-sent");
        assertThat(api.as(STAFF).get(documents(project)).jsonPath().getList("requirement")).hasSize(1).doesNotContainNull();
        assertThat(browser.text(By.id("messages"))).contains("déposé pour « " + LETTERS + " »");
        assertThat(browser.text(By.id("missing-section"))).doesNotContain(LETTERS);
        assertThat(api.as(STAFF).get(documents(project)).jsonPath().getList("requirement")).hasSize(1).doesNotContainNull();
        browser.assertAccessible("carrier-documents-sent");

        // another carrier's project: not found
        browser.go("carrier/documents.xhtml?project=" + other);
        assertThat(browser.driver().getPageSource()).doesNotContain("École d'à côté");
        browser.signOut();

        // The staff's project page: what the open step misses, and whether it binds
        browser.signIn(STAFF, PASSWORD);
        browser.go("projects/view.xhtml?id=" + project);
        assertThat(browser.text(By.id("expected-documents"))).contains("Rien ne manque pour l’étape « Portage territorial »",
                "Le porteur dépose en ligne");
        browser.go("projects/view.xhtml?id=" + other);
        assertThat(browser.text(By.id("expected-documents"))).contains("Il manque pour l’étape « Portage territorial »",
                LETTERS, "ne dépose pas en ligne");
        browser.assertAccessible("project-expected-documents");
        browser.signOut();

        // The administrators' page: every step's list, and a refusal next to its row that writes nothing
        List<Map<String, Object>> before = expected("opening");
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("admin/required-documents.xhtml?step=opening");
        assertThat(browser.text(By.id("required-documents-table"))).contains(LETTERS + " (obligatoire)");
        browser.assertAccessible("admin-required-documents");
        browser.screenshot("admin-required-documents");
        browser.type("requiredDocuments:rows:2:label", "attestation d'assurance");
        browser.submit("requiredDocuments:save");
        assertThat(browser.text(By.id("requiredDocuments:rows:2:label-message"))).contains("déjà dans la liste");
        assertThat(expected("opening")).isEqualTo(before);
    }

    /**
     * Registers a project as staff, with a carrier of its own: the other test classes' projects share one carrier,
     * which must not file online.
     */
    private String register(String department, String commune, String name) {
        Map<String, Object> registration = new HashMap<>(Api.registration(name, department, commune));
        registration.put("carrier", "Association IT documents " + UUID.randomUUID());
        Response registered = api.as(STAFF).body(registration).post("api/projects");
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        return registered.path("id");
    }

    /** Opens a carrier's account for the project's carrier; answers its user name. */
    private String carrierAccount(String project) {
        String carrierId = api.project(project).jsonPath().getString("carrierId");
        String username = "it-docs-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> account = new HashMap<>(Map.of("username", username, "password", PASSWORD,
                "fullName", "Porteur " + username, "roles", List.of("CARRIER"), "carrier", carrierId));
        Response opened = api.admin().body(account).post("api/accounts");
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        return username;
    }

    private List<Map<String, Object>> expected(String step) {
        return api.as(VIEWER).get(path(step)).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private JsonPath checklist(String user, String project) {
        return api.as(user).get("api/projects/" + project + "/required-documents").then().statusCode(200)
                .extract().jsonPath();
    }

    private RequestSpecification multipart(String user) {
        return api.as(user).contentType("multipart/form-data; charset=UTF-8");
    }

    private static String path(String step) {
        return "api/steps/" + step + "/required-documents";
    }

    private static String documents(String project) {
        return "api/projects/" + project + "/documents";
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }
}

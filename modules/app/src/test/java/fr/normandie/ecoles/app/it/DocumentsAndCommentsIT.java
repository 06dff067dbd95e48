package fr.normandie.ecoles.app.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.STAFF_2;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Documents, comments and the timeline of a project over REST, on Payara Micro and PostgreSQL. */
class DocumentsAndCommentsIT extends DeployedApplication {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    // ---- documents ---------------------------------------------------------------------------------

    @Test
    void aDocumentComesBackByteForByteWithTheTypeReadFromItsContent() throws IOException {
        // Given a project and an insertion agreement written in Word
        String project = api.register("61", "61214");
        byte[] docx = docx();

        // When an officer attaches it to the insertion step, declaring nonsense as its type
        Response added = multipart(STAFF)
                .multiPart("file", "Convention Mission Locale.docx", docx, "text/plain")
                .multiPart("step", "insertion-commitment")
                .multiPart("title", "Convention d'orientation")
                .post(documents(project));

        // Then it is described as a Word document of that step, and comes back identical
        added.then().statusCode(201)
                .body("name", equalTo("Convention Mission Locale.docx"))
                .body("type", equalTo("DOCX"))
                .body("mediaType", equalTo(DOCX))
                .body("size", equalTo(docx.length))
                .body("step", equalTo("insertion-commitment"))
                .body("title", equalTo("Convention d'orientation"))
                .body("uploadedBy", equalTo(STAFF));
        String id = added.path("id");
        assertThat(added.header("Location")).endsWith("/api/projects/" + project + "/documents/" + id);
        Response download = api.as(VIEWER).accept("*/*").get(documents(project) + "/" + id);
        download.then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"Convention Mission Locale.docx\"; "
                        + "filename*=UTF-8''Convention%20Mission%20Locale.docx"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertThat(download.asByteArray()).isEqualTo(docx);
        api.as(VIEWER).get(documents(project)).then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("type", equalTo(List.of("DOCX")));
    }

    @Test
    void aNameThatWouldOpenTheFileAsSomethingElseGetsTheRightExtension() throws IOException {
        String project = api.register("14", "14118");
        byte[] png = png();

        String id = multipart(AUDITOR).multiPart("file", "plan.html", png, "text/html").post(documents(project))
                .then().statusCode(201).body("name", equalTo("plan.html.png")).body("type", equalTo("PNG"))
                .extract().path("id");

        Response download = api.as(VIEWER).accept("*/*").get(documents(project) + "/" + id);
        download.then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", startsWith("attachment; filename=\"plan.html.png\""));
        assertThat(download.asByteArray()).isEqualTo(png);
    }

    @Test
    void refusesAFileDisguisedAsAPdfAndStoresNothing() {
        String project = api.register("27", "27229");
        byte[] text = "Ceci n'est pas un PDF.\n".getBytes(StandardCharsets.UTF_8);
        byte[] elf = Arrays.copyOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 64);
        byte[] windows = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90}, 128);

        for (byte[] disguised : List.of(text, elf, windows)) {
            multipart(STAFF).multiPart("file", "rapport.pdf", disguised, "application/pdf").post(documents(project))
                    .then().statusCode(415)
                    .contentType(startsWith("application/problem+json"))
                    .body("title", equalTo("Type de document refusé"))
                    .body("errors.field", equalTo(List.of("file")));
        }

        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("", equalTo(List.of()));
        assertThat(kinds(timeline(project))).doesNotContain("DOCUMENT_ADDED");
    }

    @Test
    void refusesAFileOverTheSizeLimitOrEmptyAndStoresNothing() {
        String project = api.register("50", "50615");
        byte[] oversized = new byte[TEN_MEGABYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 9);

        multipart(STAFF).multiPart("file", "scan.pdf", oversized, "application/pdf").post(documents(project))
                .then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("file")))
                .body("detail", equalTo("Le document « scan.pdf » dépasse la taille maximale de 10 Mo : "
                        + "rien n'a été enregistré."));
        multipart(STAFF).multiPart("file", "vide.pdf", new byte[0], "application/pdf").post(documents(project))
                .then().statusCode(422).body("errors.field", equalTo(List.of("file")));
        multipart(STAFF).multiPart("title", "Sans fichier").post(documents(project))
                .then().statusCode(422).body("errors.field", equalTo(List.of("file")));
        multipart(STAFF).multiPart("file", "etude.pdf", pdf(), "application/pdf").multiPart("step", "sieste")
                .post(documents(project)).then().statusCode(422).body("errors.field", equalTo(List.of("step")));

        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("", equalTo(List.of()));
    }

    @Test
    void aStepCompletedWithDocumentsKeepsThemUnderTheStepsKey() throws IOException {
        // Given a project at its territorial backing
        String project = api.register("76", "76540");
        String task = api.task(STAFF, project, "territorial-backing");

        // When the officer completes it with the form and two letters of support
        multipart(STAFF)
                .multiPart("form", json(Api.backing(true)), "application/json")
                .multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .multiPart("file", "Lettre UIMM.docx", docx(), DOCX)
                .post("api/tasks/" + task + "/complete")
                .then().statusCode(200)
                .body("currentSteps", equalTo(List.of("opportunity-study")))
                .body("history.step", equalTo(List.of("territorial-backing")));

        // Then both documents are the step's
        api.as(VIEWER).get(documents(project)).then().statusCode(200)
                .body("name", equalTo(List.of("Lettre du maire.pdf", "Lettre UIMM.docx")))
                .body("step", equalTo(List.of("territorial-backing", "territorial-backing")))
                .body("uploadedBy", equalTo(List.of(STAFF, STAFF)));
    }

    @Test
    void aRefusedStepCompletionStoresNoDocumentAndAStepWithARefusedDocumentIsNotCompleted() {
        // Given a project at its territorial backing
        String project = api.register("61", "61169");
        String task = api.task(STAFF, project, "territorial-backing");

        // When the form is invalid, a document disguised, the form missing, or the task taken by someone else
        multipart(STAFF)
                .multiPart("form", json(Map.of("backers", List.of(), "sufficient", true)), "application/json")
                .multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .post("api/tasks/" + task + "/complete")
                .then().statusCode(422).body("errors.field", equalTo(List.of("backers")));
        multipart(STAFF)
                .multiPart("form", json(Api.backing(true)), "application/json")
                .multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .multiPart("file", "Lettre UIMM.pdf", "MZ pas un PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("api/tasks/" + task + "/complete")
                .then().statusCode(415);
        multipart(STAFF).multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .post("api/tasks/" + task + "/complete")
                .then().statusCode(400);
        api.as(STAFF_2).post("api/tasks/" + task + "/claim").then().statusCode(204);
        multipart(STAFF)
                .multiPart("form", json(Api.backing(true)), "application/json")
                .multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .post("api/tasks/" + task + "/complete")
                .then().statusCode(409);

        // Then neither the step nor any document was stored, and the task is still open
        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("", equalTo(List.of()));
        api.project(project).then().body("history", equalTo(List.of()))
                .body("currentSteps", equalTo(List.of("territorial-backing")));
        assertThat(api.task(STAFF_2, project, "territorial-backing")).isEqualTo(task);
    }

    @Test
    void theJsonCompletionOfAStepStillWorks() {
        String project = api.register("14", "14047");

        api.step(STAFF, project, "territorial-backing", Api.backing(true));

        api.project(project).then().body("currentSteps", equalTo(List.of("opportunity-study")));
    }

    // ---- comments ----------------------------------------------------------------------------------

    @Test
    void commentsAreKeptAsTypedTheNewestLast() {
        String project = api.register("27", "27229");
        String typed = "<script>alert('x')</script> Le porteur « confirme » & signe\njeudi.";

        api.as(STAFF).body(Map.of("text", typed)).post(comments(project)).then().statusCode(201)
                .body("text", equalTo(typed)).body("author", equalTo(STAFF));
        api.as(AUDITOR).body(Map.of("text", "Audit prévu en mai.")).post(comments(project)).then().statusCode(201);

        JsonPath list = api.as(VIEWER).get(comments(project)).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("text")).containsExactly(typed, "Audit prévu en mai.");
        assertThat(list.getList("author")).containsExactly(STAFF, AUDITOR);
        assertThat(Instant.parse(list.getString("[0].writtenAt")))
                .isBeforeOrEqualTo(Instant.parse(list.getString("[1].writtenAt")));
    }

    @Test
    void refusesAnEmptyOrTooLongComment() {
        String project = api.register("50", "50129");

        api.as(STAFF).body(Map.of("text", "   ")).post(comments(project)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("text")));
        api.as(STAFF).body(Map.of("text", "a".repeat(5001))).post(comments(project)).then().statusCode(422)
                .body("errors[0].message", equalTo("Le commentaire ne doit pas dépasser 5000 caractères."));
        api.as(STAFF).body(Map.of("text", "a".repeat(5000))).post(comments(project)).then().statusCode(201);

        api.as(VIEWER).get(comments(project)).then().body("size()", equalTo(1));
    }

    // ---- the timeline ------------------------------------------------------------------------------

    @Test
    void theTimelineJoinsTheEnginesHistoryAndTheProjectsFileInOrder() {
        // Given a project whose backing task is taken, commented, documented, completed, then abandoned
        String project = api.register("61", "61214");
        String task = api.task(STAFF, project, "territorial-backing");
        api.as(STAFF).post("api/tasks/" + task + "/claim").then().statusCode(204);
        api.as(STAFF).body(Map.of("text", "La commune a répondu.")).post(comments(project)).then().statusCode(201);
        multipart(STAFF).multiPart("form", json(Api.backing(true)), "application/json")
                .multiPart("file", "Lettre du maire.pdf", pdf(), "application/pdf")
                .post("api/tasks/" + task + "/complete").then().statusCode(200);
        api.as(STAFF).body("{\"reason\":\"Le porteur se retire.\"}").post("api/projects/" + project + "/abandon")
                .then().statusCode(200);

        // When its timeline is read
        JsonPath timeline = timeline(project);

        // Then every event is there, oldest first, with who did it and the step it concerns
        assertThat(kinds(timeline)).containsExactly("PROJECT_REGISTERED", "TASK_CREATED", "TASK_CLAIMED",
                "COMMENT_ADDED", "STEP_RECORDED", "DOCUMENT_ADDED", "TASK_COMPLETED", "TASK_CREATED",
                "PROJECT_ABANDONED", "TASK_CANCELLED");
        assertThat(timeline.getList("who")).containsExactly(STAFF, null, STAFF, STAFF, STAFF, STAFF, STAFF, null,
                STAFF, null);
        assertThat(timeline.getList("step")).containsExactly(null, "territorial-backing", "territorial-backing", null,
                "territorial-backing", "territorial-backing", "territorial-backing", "opportunity-study", null,
                "opportunity-study");
        assertThat(timeline.getList("summary", String.class)).containsExactly(
                "Projet enregistré",
                timeline.getString("[1].summary"),
                "Tâche « Portage territorial » prise par " + STAFF,
                "Commentaire : « La commune a répondu. »",
                "Étape « Portage territorial » enregistrée, résultat : SUFFICIENT",
                "Document « Lettre du maire.pdf » ajouté (document PDF, " + pdf().length + " octets)",
                "Étape « Portage territorial » terminée",
                timeline.getString("[7].summary"),
                "Projet abandonné : Le porteur se retire.",
                "Étape « Étude d'opportunité » interrompue");
        assertThat(timeline.getString("[1].summary")).startsWith("Étape « Portage territorial » ouverte, échéance le ");
        // the engine keeps milliseconds, the file finer instants
        List<Instant> times = timeline.getList("at", String.class).stream()
                .map(at -> Instant.parse(at).truncatedTo(ChronoUnit.MILLIS)).toList();
        assertThat(times).isSorted();
    }

    // ---- who may ------------------------------------------------------------------------------------

    @Test
    void viewersReadButNeitherAddDocumentsNorCommentAndAnonymousCallersGetNothing() {
        String project = api.register("76", "76498");

        multipart(VIEWER).multiPart("file", "etude.pdf", pdf(), "application/pdf").post(documents(project))
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        api.as(VIEWER).body(Map.of("text", "Bravo")).post(comments(project)).then().statusCode(403);
        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("", equalTo(List.of()));
        api.as(VIEWER).get(comments(project)).then().statusCode(200).body("", equalTo(List.of()));
        api.as(VIEWER).get("api/projects/" + project + "/timeline").then().statusCode(200);

        api.anonymous().get(documents(project)).then().statusCode(401);
        api.anonymous().get(comments(project)).then().statusCode(401);
        api.anonymous().get("api/projects/" + project + "/timeline").then().statusCode(401);
        api.anonymous().contentType("multipart/form-data").multiPart("file", "etude.pdf", pdf(), "application/pdf")
                .post(documents(project)).then().statusCode(401);

        String unknown = java.util.UUID.randomUUID().toString();
        api.as(VIEWER).get(documents(unknown)).then().statusCode(404);
        api.as(VIEWER).get("api/projects/" + unknown + "/timeline").then().statusCode(404);
        api.as(VIEWER).accept("*/*").get(documents(project) + "/" + unknown).then().statusCode(404);
        api.as(VIEWER).accept("*/*").get(documents(project) + "/not-an-id").then().statusCode(404);
        api.as(STAFF).body(Map.of("text", "Perdu")).post(comments(unknown)).then().statusCode(404);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private RequestSpecification multipart(String user) {
        return api.as(user).contentType("multipart/form-data; charset=UTF-8");
    }

    private JsonPath timeline(String project) {
        return api.as(VIEWER).get("api/projects/" + project + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> kinds(JsonPath timeline) {
        return timeline.getList("kind", String.class);
    }

    private static String documents(String project) {
        return "api/projects/" + project + "/documents";
    }

    private static String comments(String project) {
        return "api/projects/" + project + "/comments";
    }

    private static String json(Object form) {
        try {
            return new ObjectMapper().writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A Word document as office suites write it: a ZIP archive whose content types name its main part. */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                    + DOCX + ".main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}

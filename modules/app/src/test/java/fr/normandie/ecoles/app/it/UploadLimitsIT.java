package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Uploads refused while they stream, tried as an attacker would, on Payara Micro and PostgreSQL: a gigabyte
 * announced or not, a viewer's, a step completion's, a zip bomb dressed as a workbook, a name that lies about
 * its extension, and from the project's page in Chromium (one browser test here rather than a class of its own,
 * which would start another server). Each refusal stores nothing; the figures (bytes sent before the refusal,
 * time to refuse the bomb) are printed for the README.
 */
class UploadLimitsIT extends DeployedApplication {

    private static final long ONE_GIGABYTE = 1L << 30;
    private static final long TWENTY_MEGABYTES = 20_000_000;

    @Test
    void aGigabyteAnnouncedByItsLengthIsRefusedBeforeItsBodyIsRead() throws Exception {
        String project = api.register("14", "14118");

        StreamedUpload.Outcome outcome = refusedGigabyte("1 GiB, Content-Length, staff", documents(project), STAFF, true);

        assertThat(outcome.status()).isEqualTo(413);
        assertThat(outcome.body()).contains("\"status\":413").contains("dépasse la taille maximale");
        assertNoDocument(project);
    }

    @Test
    void aGigabyteOfUnannouncedLengthIsRefusedOnceItPassesTheLimit() throws Exception {
        String project = api.register("27", "27229");

        StreamedUpload.Outcome outcome = refusedGigabyte("1 GiB, chunked, staff", documents(project), STAFF, false);

        assertThat(outcome.status()).isEqualTo(413);
        assertNoDocument(project);
    }

    @Test
    void aViewersGigabyteIsRefusedBeforeItsBody() throws Exception {
        String project = api.register("50", "50129");

        StreamedUpload.Outcome outcome = refusedGigabyte("1 GiB, Content-Length, viewer", documents(project), VIEWER, true);

        assertThat(outcome.status()).isEqualTo(403);
        assertNoDocument(project);
    }

    @Test
    void aStepCompletionCarryingAGigabyteIsRefusedBeforeItsBodyAndTheStepStaysOpen() throws Exception {
        String project = api.register("61", "61001");
        String task = api.task(STAFF, project, "territorial-backing");

        StreamedUpload.Outcome outcome = refusedGigabyte("1 GiB step completion, Content-Length, staff",
                "api/tasks/" + task + "/complete", STAFF, true);

        assertThat(outcome.status()).isEqualTo(413);
        assertNoDocument(project);
        assertThat(api.task(STAFF, project, "territorial-backing")).isEqualTo(task);
    }

    @Test
    void aZipBombDressedAsAWorkbookIsRefusedWithinASecondOfAnOrdinaryUploadOfItsSize() {
        // Given 8 MB that inflate to 8 GiB, under the names of an Excel workbook
        String project = api.register("76", "76540");
        byte[] bomb = ZipBomb.workbook(2);

        // When an officer sends it, after a PDF of the same size (what any upload of that size costs, the
        // second time, once the server has served the first)
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), bomb.length);
        upload(project, "rapport.pdf", pdf).then().statusCode(201);
        long start = System.nanoTime();
        upload(project, "rapport.pdf", pdf).then().statusCode(201);
        Duration ordinary = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        Response refused = upload(project, "budget.xlsx", bomb);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Then it is refused as a decompression bomb, within a second of what the PDF took, and is not stored
        System.out.printf("UPLOAD FIGURE zip bomb of %d bytes (%d inflated): refused %d in %d ms; a PDF of the same "
                + "size stored in %d ms%n", bomb.length, 2L * ZipBomb.BLOCKS_PER_SHEET << 20, refused.statusCode(),
                took.toMillis(), ordinary.toMillis());
        refused.then().statusCode(415).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("file")))
                .body("detail", equalTo("Le document « budget.xlsx » est une archive dont le contenu décompressé est "
                        + "démesuré (bombe de décompression) : rien n'a été enregistré."));
        assertThat(took).isLessThan(ordinary.plusSeconds(1));
        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("name", equalTo(List.of("rapport.pdf", "rapport.pdf")));
    }

    @Test
    void aNameWithARightToLeftOverrideIsStoredWithoutIt() throws Exception {
        // Given a PDF whose name, shown right to left from U+202E, reads « facturefdp.png »
        String project = api.register("14", "14366");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        // When it is sent with that name, in UTF-8 as a browser sends it
        StreamedUpload.Outcome added = StreamedUpload.post(base, documents(project), STAFF, PASSWORD,
                "facture\u202Egnp.pdf", pdf, 0, true);

        // Then it is kept without the override, as what it is
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        api.as(VIEWER).get(documents(project)).then().statusCode(200)
                .body("name", equalTo(List.of("facturegnp.pdf"))).body("type", equalTo(List.of("PDF")));
    }

    @Test
    void aFileOverTheLimitSentFromTheProjectPageIsRefusedNextToTheFieldNotWithAnErrorPage() throws Exception {
        // Given an officer on a project's page, and a 70 MiB file named as a PDF
        String project = api.register("61", "61169");
        Path large = Files.createTempFile("rapport", ".pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(70L << 20);
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(STAFF, PASSWORD);
            browser.go("projects/view.xhtml?id=" + project);

            // When it is sent with the documents' form
            browser.driver().findElement(By.id("documents:file")).sendKeys(large.toString());
            browser.submit("documents:upload");

            // Then the project's page says so next to the file field, and nothing is stored
            browser.waitFor(By.id("documents:file-refused"));
            assertThat(browser.text(By.id("documents:file-message")))
                    .isEqualTo("Le document dépasse la taille maximale de 10 Mo : il a été refusé sans être lu, rien "
                            + "n’a été enregistré.");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/projects/view.xhtml?id=" + project);
            browser.screenshot("project-upload-too-large");
        } finally {
            Files.delete(large);
        }
        assertNoDocument(project);
    }

    private Response upload(String project, String name, byte[] content) {
        return api.as(STAFF).contentType("multipart/form-data").multiPart("file", name, content, "application/octet-stream")
                .post(documents(project));
    }

    private void assertNoDocument(String project) {
        api.as(VIEWER).get(documents(project)).then().statusCode(200).body("", equalTo(List.of()));
    }

    /**
     * Sends a generated gigabyte and checks that the server answered with a problem detail, and closed the
     * connection, before 20 MB of it were sent.
     */
    private StreamedUpload.Outcome refusedGigabyte(String what, String path, String user, boolean announced)
            throws Exception {
        StreamedUpload.Outcome outcome = StreamedUpload.post(base, path, user, PASSWORD, ONE_GIGABYTE, announced);
        report(what, outcome);
        assertThat(outcome.bytesSent()).isLessThan(TWENTY_MEGABYTES);
        assertThat(outcome.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(outcome.headers().get("connection")).isEqualTo("close");
        return outcome;
    }

    private static void report(String what, StreamedUpload.Outcome outcome) {
        System.out.printf("UPLOAD FIGURE %s: %d bytes sent before %s %s%n", what, outcome.bytesSent(),
                outcome.answered() ? "the answer " + outcome.status() : "the connection closed (" + outcome.body() + ")",
                outcome.headers());
    }

    private static String documents(String project) {
        return "api/projects/" + project + "/documents";
    }
}

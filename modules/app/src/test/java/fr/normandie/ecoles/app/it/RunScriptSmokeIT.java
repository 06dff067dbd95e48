package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application exactly as the README says ({@code ./run}, nothing configured: the embedded
 * default) and waits for it to be ready, then reads what a newcomer sees: the demonstration data. Beside the classes
 * of the shared deployment ({@link NodesOfTheirOwn}): its database is the embedded one, and it sends no mail.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(NodesOfTheirOwn.LOCK)
class RunScriptSmokeIT {

    private Process application;

    @Test
    void theRunCommandStartsTheEmbeddedDefaultWithDemonstrationData() throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        Path data = root.resolve("modules/app/target/smoke-data");
        deleteRecursively(data);
        int port = freePort();
        ProcessBuilder run = new ProcessBuilder("./run").directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("modules/app/target/smoke-run.log").toFile());
        Map<String, String> environment = run.environment();
        environment.keySet().removeAll(java.util.List.of("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_HOST", "SMTP_PORT"));
        environment.put("PORT", String.valueOf(port));
        environment.put("DATA_DIR", data.toString());

        long launched = System.nanoTime();
        application = run.start();
        awaitReady(port, NodesOfTheirOwn.READY_WITHIN);
        System.out.printf("./run: ready after %d ms%n", (System.nanoTime() - launched) / 1_000_000);

        String base = "http://localhost:" + port + "/";
        JsonPath coverage = RestAssured.given().baseUri(base).auth().preemptive().basic("viewer", "demo")
                .get("api/coverage").then().statusCode(200).extract().jsonPath();
        assertThat(coverage.getMap("collectEntries { [it.code, it.status] }")).isEqualTo(
                Map.of("14", "MET", "27", "MET", "50", "MET", "61", "MISSED", "76", "MET"));
        assertThat(RestAssured.given().baseUri(base).auth().preemptive().basic("staff", "demo")
                .get("api/projects?status=IN_PROGRESS").jsonPath().getList("currentSteps.flatten()"))
                .containsExactlyInAnyOrder("territorial-backing", "opportunity-study", "label-audit",
                        "subsidy-decision", "opportunity-study"); // the fifth: the demonstration carrier's (porteur)
        assertThat(RestAssured.given().baseUri(base).auth().preemptive().basic("funding", "demo")
                .get("api/envelopes").jsonPath().getList("year", Integer.class))
                .containsExactlyElementsOf(new java.util.TreeSet<>(
                        java.util.List.of(2019, 2020, 2021, StepForms.today().getYear())));
        // issue 14, carriers: one carrier, with its demonstration contact, for Petit-Quevilly and Évreux
        JsonPath schools = RestAssured.given().baseUri(base).auth().preemptive().basic("viewer", "demo")
                .get("api/schools").then().statusCode(200).extract().jsonPath();
        assertThat(schools.getList("findAll { it.carrier == 'Education et Formation' }.name")).containsExactlyInAnyOrder(
                "École de production de Petit-Quevilly", "Usin'Eure");
        assertThat(RestAssured.given().baseUri(base).auth().preemptive().basic("viewer", "demo")
                .get("api/carriers/" + schools.getString("find { it.carrier == 'Education et Formation' }.carrierId"))
                .jsonPath().getList("carrier.contacts.name", String.class)).hasSize(1);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    private void awaitReady(int port, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(application.isAlive()).as("./run exited early; see target/smoke-run.log").isTrue();
            try {
                int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                // ./run keeps the port closed until the application is deployed: never Payara's own 404 or 500
                assertThat(status).as("an answer while the application starts").isIn(200, 503);
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet: the port opens once the application is deployed and started
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + "; see target/smoke-run.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

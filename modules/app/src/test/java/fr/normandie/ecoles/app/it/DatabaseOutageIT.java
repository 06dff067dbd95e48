package fr.normandie.ecoles.app.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database out of reach: the application (a Payara Micro of its own, reaching PostgreSQL through a TCP relay
 * the test cuts) says it is not ready and why, answers 503 problem details with Retry-After instead of errors,
 * and is ready again within seconds once the database is back. Its database is one of its own ({@code <test
 * database>_outage}), so that it runs beside the classes of the shared deployment ({@link NodesOfTheirOwn}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(NodesOfTheirOwn.LOCK)
class DatabaseOutageIT {

    private static final Duration RECOVERY = Duration.ofSeconds(15);

    private Process application;
    private TcpProxy proxy;
    private String databaseUrl;

    @Test
    void answers503WhileTheDatabaseIsOutOfReachAndRecoversWithinSeconds() throws Exception {
        databaseUrl = NodesOfTheirOwn.recreateDatabase("outage");
        URI database = URI.create(databaseUrl.substring("jdbc:".length()));
        proxy = new TcpProxy(database.getHost(), database.getPort());
        int port = freePort();
        start(port, "jdbc:postgresql://localhost:" + proxy.port() + database.getPath());
        Api api = new Api(new URL("http://localhost:" + port + "/"));
        api.openAccounts();
        assertThat(api.as(Api.VIEWER).get("api/projects").statusCode()).isEqualTo(200);
        assertThat(api.as(Api.STAFF).get("api/tasks").statusCode()).isEqualTo(200);
        assertThat(api.anonymous().get("health/ready").statusCode()).isEqualTo(200);

        // When the database is out of reach
        proxy.cut();

        // Then readiness is DOWN and names the database
        await(() -> api.anonymous().get("health/ready").statusCode() == 503, RECOVERY);
        Response ready = api.anonymous().get("health/ready");
        assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'ecoles-base-de-donnees' }.status")).isEqualTo("DOWN");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'ecoles-base-de-donnees' }.data.erreur"))
                .contains("injoignable");

        // and requests are answered 503, a problem detail in French with Retry-After (a credential seen a moment
        // ago is remembered, so that the request reaches the database; a new one is checked against it)
        assertUnavailable(api.as(Api.VIEWER).get("api/projects"));
        assertUnavailable(api.as(Api.STAFF).body(Api.registration("École pendant la panne", "61", "61001"))
                .post("api/projects"));
        assertUnavailable(api.as(Api.STAFF_2).get("api/departments"));

        // When the database is back, the application is ready again within seconds and answers
        proxy.restore();
        long back = System.nanoTime();
        await(() -> api.anonymous().get("health/ready").statusCode() == 200
                && api.as(Api.VIEWER).get("api/projects").statusCode() == 200, RECOVERY);
        System.out.printf("ready and answering %d ms after the database was back%n", (System.nanoTime() - back) / 1_000_000);
        assertThat(api.as(Api.STAFF).body(Api.registration("École après la panne", "61", "61001"))
                .post("api/projects").statusCode()).isEqualTo(201);
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).contains("indisponible").doesNotContain("HV0");
    }

    private void start(int port, String databaseUrl) throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        ProcessBuilder payara = new ProcessBuilder("java", "-Xmx768m", "-Duser.language=fr", "-Duser.country=FR",
                "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("app.war"),
                "--port", String.valueOf(port), "--nohazelcast")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("modules/app/target/database-outage.log").toFile());
        Map<String, String> environment = payara.environment();
        NodesOfTheirOwn.keepMailsToThemselves(environment, root.resolve("modules/app/target/database-outage-data"));
        environment.put("DB_URL", databaseUrl);
        environment.put("ADMIN_PASSWORD", System.getProperty("it.admin.password"));
        application = payara.start();
        RequestSpecification ready = RestAssured.given().baseUri("http://localhost:" + port);
        await(() -> {
            assertThat(application.isAlive()).as("Payara Micro exited; see target/database-outage.log").isTrue();
            try {
                return ready.get("health/ready").statusCode() == 200;
            } catch (Exception notYet) {
                return false;
            }
        }, NodesOfTheirOwn.READY_WITHIN);
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        if (databaseUrl != null) {
            NodesOfTheirOwn.dropDatabase(databaseUrl);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

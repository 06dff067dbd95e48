package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' start-ups, as a supervisor runs them: the real WAR on {@code java -jar payara-micro.jar}, no Arquillian.
 * Two nodes are started at the same moment on an empty database of their own ({@code <test database>_nodes}, which
 * the test's database user creates and drops), together with a third pointed at a database that does not exist.
 * The two must both become ready with each process deployed once; the burst of registrations right after
 * readiness must all succeed; the third must end its process with a clear message.
 */
class NodesStartingTogetherIT {

    private static final Duration READY_WITHIN = Duration.ofMinutes(20);
    private static final int BURST = 40;

    private static String databaseUrl;
    private static Node first;
    private static Node second;
    private static Node refused;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        databaseUrl = recreateDatabase(System.getenv("DB_URL") + "_nodes");
        String absentDatabase = System.getenv("DB_URL") + "_absent";
        // the lock's wait as long as the test's: on a loaded machine the first node's migration outlasts the default
        Map<String, String> together = Map.of("DB_URL", databaseUrl, "STARTUP_DATABASE_TIMEOUT", "PT15M");
        first = Node.start("a", together);
        second = Node.start("b", together);
        refused = Node.start("refused", Map.of("DB_URL", absentDatabase, "STARTUP_DATABASE_TIMEOUT", "PT4S"));
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    static void stopNodesAndDropTheirDatabase() throws Exception {
        for (Node node : new Node[] {first, second, refused}) {
            if (node != null) {
                node.stop();
            }
        }
        if (databaseUrl != null) {
            dropDatabase(databaseUrl);
        }
    }

    @Test
    void bothNodesBecomeReadyAndEachProcessIsDeployedOnce() throws SQLException {
        assertThat(rows("select key_, count(*) from act_re_procdef group by key_"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("school-opening", 1L, "label-renewal", 1L, "school-grant", 1L));
        assertThat(rows("select name_, count(*) from act_re_deployment group by name_"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("school-opening", 1L, "label-renewal", 1L, "school-grant", 1L));
        assertThat(rows("select name_, count(*) from act_ge_property where name_ = 'camunda.installation.id'"
                + " group by name_")).containsExactlyEntriesOf(Map.of("camunda.installation.id", 1L));
        assertThat(rows("select username, count(*) from accounts.account where username = 'admin' group by username"))
                .containsExactlyEntriesOf(Map.of("admin", 1L));
        assertThat(first.isAlive()).isTrue();
        assertThat(second.isAlive()).isTrue();
    }

    @Test
    void aBurstOfRegistrationsRightAfterReadinessAllSucceed() throws Exception {
        Api api = new Api(second.base());
        api.openAccounts();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        String credentials = "Basic " + Base64.getEncoder().encodeToString(
                (Api.STAFF + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long sent = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            String body = "{\"name\":\"École de production " + i + "\",\"carrier\":\"Association ALPHA\","
                    + "\"departmentCode\":\"61\",\"communeCode\":\"61001\",\"trades\":[\"Usinage\"],"
                    + "\"capacity\":24,\"plannedOpening\":\"2030-09-01\"}";
            answers.add(http.sendAsync(HttpRequest.newBuilder(second.uri("api/projects"))
                    .timeout(Duration.ofMinutes(3))
                    .header("Authorization", credentials).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(4, TimeUnit.MINUTES);
            if (response.statusCode() != 201) {
                failures.add(response.statusCode() + " " + response.body());
            }
        }
        System.out.printf("%d simultaneous registrations right after readiness: %d failed, %d ms%n",
                BURST, failures.size(), (System.nanoTime() - sent) / 1_000_000);
        assertThat(failures).isEmpty();
        assertThat(rows("select status, count(*) from schools.project group by status"))
                .containsExactlyEntriesOf(Map.of("IN_PROGRESS", (long) BURST));
    }

    @Test
    void aNodeWhoseDatabaseRefusesItEndsWithAClearMessage() throws Exception {
        assertThat(refused.awaitExit(Duration.ofMinutes(10))).as("exit status").isEqualTo(1);
        assertThat(refused.output())
                .contains("Échec du démarrage : Base de données injoignable après PT4S")
                .contains("_absent");
    }

    private static Map<String, Long> rows(String sql) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = connect(databaseUrl); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }

    private static String recreateDatabase(String url) throws SQLException {
        dropDatabase(url);
        try (Connection connection = connect(System.getenv("DB_URL")); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name(url));
        }
        return url;
    }

    private static void dropDatabase(String url) throws SQLException {
        try (Connection connection = connect(System.getenv("DB_URL")); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name(url) + " with (force)");
        }
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** One Payara Micro process running the WAR, its output in {@code target/node-<name>.log}. */
    private record Node(String name, int port, Process process, Path log) {

        static Node start(String name, Map<String, String> environment) throws IOException {
            Path log = Path.of(System.getProperty("app.war")).resolveSibling("node-" + name + ".log");
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Duser.language=fr", "-Duser.country=FR",
                    "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("app.war"),
                    "--port", String.valueOf(port), "--nohazelcast")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("ADMIN_PASSWORD", System.getProperty("it.admin.password"));
            builder.environment().putAll(environment);
            return new Node(name, port, builder.start(), log);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + "/" + path);
        }

        URL base() throws IOException {
            return uri("").toURL();
        }

        boolean isAlive() {
            return process.isAlive();
        }

        void awaitReady() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(uri("health/ready")).timeout(Duration.ofSeconds(10)).build();
            long launched = System.nanoTime();
            long deadline = launched + READY_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("node " + name + " exited; see " + log).isTrue();
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        System.out.printf("node %s: ready after %d ms%n", name, (System.nanoTime() - launched) / 1_000_000);
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("node " + name + " not ready within " + READY_WITHIN + "; see " + log);
        }

        int awaitExit(Duration timeout) throws InterruptedException {
            assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                    .as("node " + name + " still running; see " + log).isTrue();
            return process.exitValue();
        }

        String output() throws IOException {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}

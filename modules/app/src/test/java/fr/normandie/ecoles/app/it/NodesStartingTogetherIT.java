package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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
 * the test's database user creates and drops), together with a third pointed at a database that does not exist;
 * beside the classes of the shared deployment ({@link NodesOfTheirOwn}).
 * The two must both become ready with each process deployed once; the burst of registrations right after
 * readiness must all succeed; the third must end its process with a clear message.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(NodesOfTheirOwn.LOCK)
class NodesStartingTogetherIT {

    private static final int BURST = 40;

    private static String databaseUrl;
    private static Node first;
    private static Node second;
    private static Node refused;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        databaseUrl = NodesOfTheirOwn.recreateDatabase("nodes");
        String absentDatabase = System.getenv("DB_URL") + "_absent";
        // the lock's wait as long as the test's: on a loaded machine the first node's migration outlasts the default
        Map<String, String> together = Map.of("DB_URL", databaseUrl, "STARTUP_DATABASE_TIMEOUT", "PT15M");
        first = Node.start("a", together);
        second = Node.start("b", together);
        refused = Node.start("refused", Map.of("DB_URL", absentDatabase, "STARTUP_DATABASE_TIMEOUT", "PT4S"));
        first.awaitReady(NodesOfTheirOwn.READY_WITHIN);
        second.awaitReady(NodesOfTheirOwn.READY_WITHIN);
    }

    @AfterAll
    static void stopNodesAndDropTheirDatabase() throws Exception {
        for (Node node : new Node[] {first, second, refused}) {
            if (node != null) {
                node.stop();
            }
        }
        if (databaseUrl != null) {
            NodesOfTheirOwn.dropDatabase(databaseUrl);
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
        try (Connection connection = NodesOfTheirOwn.connect(databaseUrl); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }
}

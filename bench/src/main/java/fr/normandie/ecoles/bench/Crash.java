package fr.normandie.ecoles.bench;

import fr.normandie.ecoles.fixtures.StepForms;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Kill -9 under load (bench/crash.sh, by hand, never in CI): starts the application, lets concurrent clients take
 * projects through their steps, kills the application's JVM with SIGKILL at a random moment, starts it again on
 * the same data and checks that
 * <ul>
 *   <li>every registration and every step the application acknowledged (answered 201 or 200) is there, and</li>
 *   <li>no project of the run has a workflow and a file that disagree: a project in progress waits at the step
 *   that follows the last one its file records, an open school has all six recorded and waits at none.</li>
 * </ul>
 * Runs {@code CYCLES} kills (3) on one data directory or database; exits non-zero if anything was lost or
 * inconsistent. The application is started as {@code ./run} starts it, with the environment this JVM has
 * ({@code DATA_DIR} for the embedded default, or {@code DB_URL}...).
 */
public final class Crash {

    private static final int CLIENTS = Integer.parseInt(Bench.env("CLIENTS", "8"));
    private static final int CYCLES = Integer.parseInt(Bench.env("CYCLES", "3"));
    private static final int MIN_LOAD_SECONDS = Integer.parseInt(Bench.env("MIN_LOAD_SECONDS", "8"));
    private static final int MAX_LOAD_SECONDS = Integer.parseInt(Bench.env("MAX_LOAD_SECONDS", "20"));
    private static final String PORT = Bench.env("BENCH_PORT", "18090");
    private static final String BASE = "http://localhost:" + PORT + "/";

    /** The acknowledged writes of all cycles: project id to the steps acknowledged ("" for the registration). */
    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        System.exit(new Crash().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        boolean sound = true;
        int year = StepForms.today().getYear();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            Process app = start(cycle, "load");
            Http admin = new Http(BASE, new Latencies());
            Bench.openAccounts(admin, year);
            List<String> criteria = Bench.criteria(admin);
            int before = count();
            Lifecycle lifecycle = new Lifecycle(BASE, CLIENTS, criteria, year)
                    .reporting((project, step) -> acknowledged.computeIfAbsent(project, p -> ConcurrentHashMap.newKeySet())
                            .add(step == null ? "" : step));
            int firstNumber = cycle * 1_000_000;
            Thread load = new Thread(() -> {
                try {
                    lifecycle.run(1_000_000, firstNumber, i -> Forms.STEPS.size(), new Latencies());
                } catch (Exception expected) {
                    // the clients stop at the kill: their next request finds no server
                }
            });
            load.start();
            long loadMillis = ThreadLocalRandom.current().nextLong(MIN_LOAD_SECONDS * 1000L, MAX_LOAD_SECONDS * 1000L + 1);
            Thread.sleep(loadMillis);
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            app.waitFor();
            load.join(TimeUnit.MINUTES.toMillis(2));
            int acknowledgedNow = count() - before;

            Process again = start(cycle, "after");
            Check check = check();
            again.destroy();
            again.waitFor();
            line(String.format(Locale.ROOT, "cycle %d: killed after %.1f s of load; %d writes acknowledged in this cycle "
                            + "(%d in all); after the restart: %d lost, %d projects whose workflow and file disagree "
                            + "(of %d projects of the run)",
                    cycle, loadMillis / 1000.0, acknowledgedNow, count(), check.lost().size(), check.inconsistent().size(),
                    check.projects()));
            check.lost().stream().limit(10).forEach(l -> line("  lost: " + l));
            check.inconsistent().stream().limit(10).forEach(l -> line("  inconsistent: " + l));
            sound &= check.lost().isEmpty() && check.inconsistent().isEmpty();
        }
        line(sound ? "crash: nothing acknowledged lost, no inconsistent project" : "crash: FAILED");
        return sound;
    }

    private int count() {
        return acknowledged.values().stream().mapToInt(Set::size).sum();
    }

    record Check(List<String> lost, List<String> inconsistent, int projects) {
    }

    /** Reads every project of this run back and compares it with what was acknowledged. */
    private Check check() {
        Http http = new Http(BASE, new Latencies());
        List<String> lost = Collections.synchronizedList(new ArrayList<>());
        List<String> inconsistent = new ArrayList<>();
        Map<String, JsonNode> projects = new LinkedHashMap<>();
        for (JsonNode listed : http.get(null, Bench.VIEWER, "api/projects").json()) {
            if (listed.get("name").asText().contains("-" + Forms.RUN + " ")) {
                String id = listed.get("id").asText();
                projects.put(id, http.get(null, Bench.VIEWER, "api/projects/" + id).json());
            }
        }
        acknowledged.forEach((id, steps) -> {
            JsonNode project = projects.get(id);
            if (project == null) {
                lost.add("the registration of " + id);
                return;
            }
            List<String> recorded = recorded(project);
            steps.stream().filter(s -> !s.isEmpty() && !recorded.contains(s)).forEach(s -> lost.add(s + " of " + id));
        });
        projects.forEach((id, project) -> {
            String disagreement = disagreement(project);
            if (disagreement != null) {
                inconsistent.add(id + ": " + disagreement);
            }
        });
        return new Check(lost, inconsistent, projects.size());
    }

    /** Null when the project's workflow (its current steps) follows from its file (the steps it records). */
    private static String disagreement(JsonNode project) {
        List<String> recorded = recorded(project);
        List<String> current = new ArrayList<>();
        project.get("currentSteps").forEach(s -> current.add(s.asText()));
        String status = project.get("status").asText();
        List<String> expected = recorded.size() < Forms.STEPS.size() ? List.of(Forms.STEPS.get(recorded.size())) : List.of();
        String expectedStatus = recorded.size() < Forms.STEPS.size() ? "IN_PROGRESS" : "OPEN";
        boolean inOrder = recorded.equals(Forms.STEPS.subList(0, Math.min(recorded.size(), Forms.STEPS.size())));
        if (inOrder && current.equals(expected) && status.equals(expectedStatus)) {
            return null;
        }
        return "file records " + recorded + ", status " + status + ", workflow waits at " + current;
    }

    /** The steps the project's file records, in the order they were completed. */
    private static List<String> recorded(JsonNode project) {
        List<String> recorded = new ArrayList<>();
        project.get("history").forEach(h -> recorded.add(h.get("step").asText()));
        return recorded;
    }

    /** Starts the application as ./run does and waits until it is ready. */
    private static Process start(int cycle, String phase) throws Exception {
        Path target = Path.of("bench/target");
        File log = target.resolve("crash-" + cycle + "-" + phase + ".log").toFile();
        Process process = new ProcessBuilder("java", "-Xmx1g", "-Duser.language=fr", "-Duser.country=FR",
                "-jar", "modules/app/target/payara-micro.jar", "--deploy", "modules/app/target/ROOT.war",
                "--port", PORT, "--nohazelcast")
                .redirectErrorStream(true).redirectOutput(log).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly)); // never left running behind
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited, see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(BASE + "health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application was not ready within 10 minutes, see " + log);
    }

    private static void line(String text) {
        System.out.println(text);
    }
}

package fr.normandie.ecoles.bench;

import fr.normandie.ecoles.fixtures.StepForms;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark, against an application already started on PostgreSQL (bench/run.sh starts it): the
 * lifecycle through the API, pgbench and the bare engine in the same run, then reads on a database seeded
 * through the API, the statements each read costs, and the application's resident memory. Prints a table.
 */
public final class Bench {

    static final String STAFF = "bench-staff";
    static final String AUDITOR = "bench-auditor";
    static final String FUNDING = "bench-funding";
    static final String VIEWER = "bench-viewer";
    private static final String PASSWORD = "bench-password-0123";

    private final String base = env("BENCH_URL", "http://localhost:18080/");
    private final int clients = Integer.parseInt(env("CLIENTS", "16"));
    private final int projects = Integer.parseInt(env("PROJECTS", "2000"));
    private final int warmup = Integer.parseInt(env("WARMUP_PROJECTS", "100"));
    private final int seedProjects = Integer.parseInt(env("SEED_PROJECTS", "10000"));
    private final int readRounds = Integer.parseInt(env("READ_ROUNDS", "60"));
    private final int pgbenchSeconds = Integer.parseInt(env("PGBENCH_SECONDS", "30"));
    private final String dbHost = env("DB_HOST", "localhost");
    private final String dbPort = env("DB_PORT", "5432");
    private final String dbUser = env("DB_USER", "ecoles");
    private final String dbPassword = env("DB_PASSWORD", "ecoles");
    private final String rawDb = env("RAW_DB", "ecoles_bench_raw");
    private final String pgbenchDb = env("PGBENCH_DB", "ecoles_bench_pgbench");
    private final String pgbench = env("PGBENCH", "/usr/lib/postgresql/15/bin/pgbench");
    private final int year = StepForms.today().getYear();

    private final List<String> report = new ArrayList<>();
    private double appCpuPerStep;
    private double rawCpuPerStep;

    public static void main(String[] args) throws Exception {
        try {
            if (args.length > 0 && args[0].equals("raw")) {
                new Bench().rawOnly();
            } else if (args.length > 0 && args[0].equals("reads")) {
                new Bench().readsOnly();
            } else {
                new Bench().run();
            }
        } catch (Exception | Error failure) {
            // the clients' pools are not daemons: without this the JVM (and bench/run.sh) waits for ever
            failure.printStackTrace();
            System.exit(1);
        }
    }

    /** The bare engine alone, for profiling it: bench/run.sh is not needed, only the database. */
    private void rawOnly() throws Exception {
        Latencies raw = new Latencies();
        RawEngine.Result engine = new RawEngine("jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + rawDb, dbUser, dbPassword,
                Path.of(env("BPMN_DIR", "bpmn"))).run(projects, clients, raw);
        System.out.printf(Locale.ROOT, "%d instances, %d threads: %.1f s, %.0f step completions/s%n", engine.instances(), clients,
                engine.seconds(), engine.completionsPerSecond());
        raw.all().forEach((name, r) -> System.out.println(row(name, r)));
    }

    static String password(String user) {
        return user.equals("admin") ? env("ADMIN_PASSWORD", "bench-admin-0123") : PASSWORD;
    }

    static String userOf(String step) {
        return "bench-" + StepForms.roleOf(step);
    }

    private void run() throws Exception {
        line("## Benchmark — " + java.time.LocalDateTime.now().withNano(0));
        line("");
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB() + " GiB; "
                + clients + " concurrent clients; the application, PostgreSQL, pgbench and this client share the machine; "
                + "load average (1 min) at the start " + loadAverage());
        Http admin = new Http(base, new Latencies());
        openAccounts(admin, year);
        List<String> criteria = criteria(admin);
        Lifecycle lifecycle = new Lifecycle(base, clients, criteria, year);

        progress("warm-up: " + warmup + " projects");
        lifecycle.run(warmup, 0, i -> 6, new Latencies());

        progress("lifecycle: " + projects + " projects to their opening, " + clients + " clients");
        Latencies api = new Latencies();
        long appCpuBefore = applicationCpuMillis();
        Lifecycle.Result life = lifecycle.run(projects, warmup, i -> 6, api);
        appCpuPerStep = (applicationCpuMillis() - appCpuBefore) / (double) life.completions();

        progress("pgbench -N: " + clients + " clients, " + pgbenchSeconds + " s");
        double tps = pgbench();

        progress("bare engine: " + projects + " process instances, " + clients + " threads");
        Latencies raw = new Latencies();
        long ownCpuBefore = ownCpuMillis();
        RawEngine.Result engine = new RawEngine("jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + rawDb, dbUser, dbPassword,
                Path.of(env("BPMN_DIR", "bpmn"))).run(projects, clients, raw);
        rawCpuPerStep = (ownCpuMillis() - ownCpuBefore) / (double) engine.completions();

        reportLifecycle(life, api, tps, engine, raw);
        reportStatementsPerStep(lifecycle);

        List<String> openIds = life.ids();
        Map<String, Double> statementsBefore = statementsPerRead(openIds, openIds);

        // 10,000 projects in progress: 2, 3, 4, 5 or 5 steps done (3.8 on average), beside the opened ones
        progress("seeding: " + seedProjects + " projects in progress through the API");
        int[] stepsDone = {2, 3, 4, 5, 5};
        Lifecycle.Result seeded = lifecycle.run(seedProjects, warmup + projects, i -> stepsDone[i % stepsDone.length], new Latencies());
        long completedSteps = (long) (warmup + projects) * 6 + seeded.completions();
        line("");
        line("### Reads at scale");
        line("");
        line(String.format(Locale.ROOT, "database: %d projects in progress, %d open schools, %d completed steps "
                        + "(seeded through the API in %.0f s); %d concurrent readers, each reading every page %d times",
                seedProjects, warmup + projects, completedSteps, seeded.seconds(), clients, readRounds));
        reportReads(seeded.ids(), openIds, statementsBefore, warmup + projects, warmup + projects + seedProjects);
        line("");
        line("### Memory and errors");
        line("");
        line("load average (1 min) at the end: " + loadAverage());
        line("application resident memory at the end: " + residentMemory() + "; HTTP errors (4xx/5xx or I/O) during the whole run: "
                + Http.ERRORS.get());
        printReport();
    }

    private void reportLifecycle(Lifecycle.Result life, Latencies api, double tps, RawEngine.Result engine, Latencies raw) {
        double apiStepsPerSecond = life.completionsPerSecond();
        line("");
        line("### Lifecycle through the API");
        line("");
        line(String.format(Locale.ROOT, "%d projects registered and taken to their opening (6 steps each) in %.1f s: "
                        + "**%.0f step completions/s** (goal ≥ 200: %s), %.0f requests/s (registration, inbox look-up and completion)",
                life.projects(), life.seconds(), apiStepsPerSecond, apiStepsPerSecond >= 200 ? "met" : "missed",
                life.requests() / life.seconds()));
        line("");
        line("| request | count | p50 ms | p95 ms | p99 ms |");
        line("|---|---:|---:|---:|---:|");
        api.all().forEach((name, r) -> line(row(name, r)));
        Latencies.Recorder completions = api.merged("POST /api/tasks/{id}/complete");
        line(row("**every step completion**", completions));
        Latencies.Recorder all = new Latencies.Recorder();
        api.all().values().forEach(r -> {
            for (long v : r.values()) {
                all.add(v);
            }
        });
        line(row("**every request**", all));
        line("");
        line(String.format(Locale.ROOT, "p95 of every request %.1f ms (goal < 100 ms: %s)", all.percentileMs(95),
                all.percentileMs(95) < 100 ? "met" : "missed"));
        line("");
        line(String.format(Locale.ROOT, "pgbench -N, %d clients, %d s, same machine and server: %.0f TPS; the API's step completions/s are "
                + "**%.1f %%** of it", clients, pgbenchSeconds, tps, 100 * apiStepsPerSecond / tps));
        line("");
        line("### Cost over the bare engine");
        line("");
        double rawPerSecond = engine.completionsPerSecond();
        line(String.format(Locale.ROOT, "the same BPMN, %d instances, %d threads, engine Java API only: %.1f s, %.0f step completions/s "
                        + "(task query + complete: p50 %.1f ms, p95 %.1f ms)", engine.instances(), clients, engine.seconds(), rawPerSecond,
                raw.of("raw: step (query + complete)").percentileMs(50), raw.of("raw: step (query + complete)").percentileMs(95)));
        line("");
        double costRatio = rawPerSecond / apiStepsPerSecond;
        line(String.format(Locale.ROOT, "CPU per step completion: the application %.1f ms (registration and inbox look-ups included; "
                + "PostgreSQL's not counted), the bare engine and its driver %.1f ms: %.2f×", appCpuPerStep, rawCpuPerStep,
                appCpuPerStep / rawCpuPerStep));
        line("");
        line(String.format(Locale.ROOT, "**an API step costs %.2f× a bare engine step** (throughput at %d clients; goal ≤ 3: %s); "
                        + "by median latency, inbox look-up + completion against query + complete: %.2f×", costRatio, clients,
                costRatio <= 3 ? "met" : "missed",
                (api.of("GET /api/tasks?project&step").percentileMs(50) + completions.percentileMs(50))
                        / raw.of("raw: step (query + complete)").percentileMs(50)));
    }

    /** Statements of each request of a project's life, one project at a time (the median of three projects). */
    private void reportStatementsPerStep(Lifecycle lifecycle) throws Exception {
        Http counter = new Http(base, new Latencies());
        Map<String, List<Long>> perRequest = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            lifecycle.walkAlone(warmup + projects + seedProjects + i, (name, run) -> {
                long before = statements(counter);
                run.run();
                perRequest.computeIfAbsent(name, k -> new ArrayList<>()).add(statements(counter) - before);
            });
        }
        line("");
        line("SQL statements per request of the lifecycle (one project alone): " + String.join(", ",
                perRequest.entrySet().stream().map(e -> e.getKey() + " " + median(e.getValue())).toList()));
    }

    private Latencies reads(List<String> inProgress, List<String> open) throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                Http http = new Http(base, latencies);
                Http page = new Http(base, latencies);
                page.signIn(VIEWER, PASSWORD);
                for (int round = 0; round < readRounds; round++) {
                    for (Map.Entry<String, String> read : readPaths(inProgress, open).entrySet()) {
                        if (read.getKey().startsWith("dashboard")) {
                            page.page(read.getKey(), read.getValue());
                        } else {
                            http.get(read.getKey(), read.getKey().startsWith("inbox") ? STAFF : VIEWER, read.getValue());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return latencies;
    }

    /** The reads under 16 readers, then each read alone, and the table. */
    private void reportReads(List<String> inProgress, List<String> openIds, Map<String, Double> statementsBefore,
                             int projectsBefore, int projectsAfter) throws Exception {
        long readsStarted = System.nanoTime();
        long appCpuBeforeReads = applicationCpuMillis();
        long ownCpuBeforeReads = ownCpuMillis();
        Latencies reads = reads(inProgress, openIds);
        double readSeconds = (System.nanoTime() - readsStarted) / 1e9;
        long readCount = reads.all().values().stream().mapToLong(Latencies.Recorder::count).sum();
        double appCpuPerRead = (applicationCpuMillis() - appCpuBeforeReads) / (double) readCount;
        double ownCpuPerRead = (ownCpuMillis() - ownCpuBeforeReads) / (double) readCount;
        Map<String, Double> statementsAfter = statementsPerRead(inProgress, openIds);
        line("");
        line("| read | requests | p50 ms | p95 ms | p99 ms | goal p95 < 50 ms | alone, ms (median of 5) | SQL statements per request, at "
                + projectsBefore + " projects | at " + projectsAfter + " projects |");
        line("|---|---:|---:|---:|---:|---|---:|---:|---:|");
        reads.all().forEach((name, r) -> line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s | %s | %s | %s |", name,
                r.count(), r.percentileMs(50), r.percentileMs(95), r.percentileMs(99), r.percentileMs(95) < 50 ? "met" : "**missed**",
                aloneMs.containsKey(name) ? String.format(Locale.ROOT, "%.1f", aloneMs.get(name)) : "n/a",
                count(statementsBefore.get(name)), count(statementsAfter.get(name)))));
        line("");
        line(String.format(Locale.ROOT, "%d reads in %.1f s (%.0f/s) by %d readers; CPU per read: the application %.1f ms, this "
                        + "client %.1f ms (PostgreSQL's not counted). On %d cores, %d readers each wait for the others' reads: "
                        + "a read's latency under load is about %d × the CPU per read",
                readCount, readSeconds, readCount / readSeconds, clients, appCpuPerRead, ownCpuPerRead,
                Runtime.getRuntime().availableProcessors(), clients, clients / Runtime.getRuntime().availableProcessors()));

    }

    /**
     * The reads alone, on the database a previous run left (bench/reads.sh restarts the application on it): to
     * measure a change to the reads without seeding again.
     */
    private void readsOnly() throws Exception {
        Http viewer = new Http(base, new Latencies());
        List<String> inProgress = ids(viewer, "IN_PROGRESS");
        List<String> open = ids(viewer, "OPEN");
        line("## Reads — " + java.time.LocalDateTime.now().withNano(0));
        line("");
        line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGiB() + " GiB; load average (1 min) at "
                + "the start " + loadAverage());
        line("");
        line(String.format(Locale.ROOT, "database left by the last run: %d projects in progress, %d open; %d concurrent readers, "
                + "each reading every page %d times", inProgress.size(), open.size(), clients, readRounds));
        reportReads(inProgress, open, Map.of(), open.size(), open.size() + inProgress.size());
        printReport();
    }

    /** Prints the report, and writes it to REPORT_FILE when set. */
    private void printReport() {
        System.out.println();
        report.forEach(System.out::println);
        Optional.ofNullable(System.getenv("REPORT_FILE")).ifPresent(f -> {
            try {
                Files.write(Path.of(f), report, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> ids(Http http, String status) {
        List<String> ids = new ArrayList<>();
        http.get(null, VIEWER, "api/projects?status=" + status).json().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    /** One read of each kind, on projects picked at random. */
    private static Map<String, String> readPaths(List<String> inProgress, List<String> open) {
        String project = pick(inProgress);
        String school = pick(open);
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("inbox: GET /api/tasks (first page, staff)", "api/tasks");
        reads.put("project: GET /api/projects/{id}", "api/projects/" + project);
        reads.put("project: GET /api/projects/{id}/file", "api/projects/" + project + "/file");
        reads.put("project: GET /api/projects/{id}/timeline", "api/projects/" + project + "/timeline");
        reads.put("opened project: GET /api/projects/{id}/file", "api/projects/" + school + "/file");
        reads.put("opened project: GET /api/projects/{id}/timeline", "api/projects/" + school + "/timeline");
        reads.put("coverage: GET /api/coverage", "api/coverage");
        reads.put("labels: GET /api/labels (first page)", "api/labels");
        reads.put("dashboard: GET /dashboard.xhtml (signed in)", "dashboard.xhtml");
        return reads;
    }

    /**
     * Statements per read, each read alone (median of 5), from the application's bench-mode counter; each read's
     * latency alone too, kept in {@link #aloneMs}.
     */
    private Map<String, Double> statementsPerRead(List<String> inProgress, List<String> open) {
        Http http = new Http(base, new Latencies());
        Http page = new Http(base, new Latencies());
        page.signIn(VIEWER, PASSWORD);
        Map<String, Double> counts = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            for (Map.Entry<String, String> read : readPaths(inProgress, open).entrySet()) {
                long before = statements(http);
                long started = System.nanoTime();
                if (read.getKey().startsWith("dashboard")) {
                    page.page(null, read.getValue());
                } else {
                    http.get(null, read.getKey().startsWith("inbox") ? STAFF : VIEWER, read.getValue());
                }
                long micros = (System.nanoTime() - started) / 1000;
                long used = statements(http) - before;
                samples.computeIfAbsent(read.getKey(), k -> new ArrayList<>()).add(used);
                timings.computeIfAbsent(read.getKey(), k -> new ArrayList<>()).add(micros);
            }
        }
        samples.forEach((k, v) -> counts.put(k, (double) median(v)));
        timings.forEach((k, v) -> aloneMs.put(k, median(v) / 1000.0));
        samples.clear();
        timings.clear();
        return counts;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private final Map<String, List<Long>> samples = new LinkedHashMap<>();
    private final Map<String, List<Long>> timings = new LinkedHashMap<>();
    /** Each read's latency alone (no other request running), from the last statement count. */
    private final Map<String, Double> aloneMs = new LinkedHashMap<>();

    private static long statements(Http http) {
        Http.Answer answer = http.get(null, VIEWER, "bench/sql-statements");
        return answer.status() == 200 ? Long.parseLong(answer.body().trim()) : -1;
    }

    private static String count(Double d) {
        return d == null || d < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", d);
    }

    private static String pick(List<String> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    /** The benchmark's accounts, one per role, and a year's envelope large enough for every grant it makes. */
    static void openAccounts(Http admin, int year) {
        Map<String, String> roles = Map.of(STAFF, "STAFF", AUDITOR, "AUDITOR", FUNDING, "FUNDING", VIEWER, "VIEWER");
        roles.forEach((user, role) -> {
            int status = admin.post(null, "admin", "api/accounts", Map.of("username", user, "password", PASSWORD,
                    "fullName", "Banc d'essai " + role.toLowerCase(Locale.ROOT), "roles", List.of(role))).status();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("opening " + user + ": " + status);
            }
        });
        int status = admin.put(null, "admin", "api/envelopes/" + year, Map.of("amount", 1_000_000_000L)).status();
        if (status != 200 && status != 201) {
            throw new IllegalStateException("envelope: " + status);
        }
    }

    static List<String> criteria(Http admin) {
        JsonNode catalogue = admin.get(null, AUDITOR, "api/criteria/current").json();
        List<String> codes = new ArrayList<>();
        catalogue.get("themes").forEach(theme -> theme.get("criteria").forEach(c -> codes.add(c.get("code").asText())));
        return codes;
    }

    private double pgbench() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(pgbench, "-N", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(pgbenchSeconds), "-h", dbHost, "-p", dbPort, "-U", dbUser, pgbenchDb).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", dbPassword);
        Process process = builder.start();
        Pattern tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
        double found = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
                Matcher m = tps.matcher(l);
                if (m.find()) {
                    found = Double.parseDouble(m.group(1));
                }
            }
        }
        if (process.waitFor() != 0 || Double.isNaN(found)) {
            throw new IllegalStateException("pgbench failed");
        }
        return found;
    }

    private static String residentMemory() {
        String pid = System.getenv("APP_PID");
        if (pid == null) {
            return "unknown (APP_PID not set)";
        }
        try {
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> String.format(Locale.ROOT, "%.0f MiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** CPU time (user + system) the application's process has used so far. */
    private static long applicationCpuMillis() {
        String pid = System.getenv("APP_PID");
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // clock ticks of 10 ms
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long ownCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static long memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).findFirst().orElse(0L);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String row(String name, Latencies.Recorder r) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", name, r.count(), r.percentileMs(50),
                r.percentileMs(95), r.percentileMs(99));
    }

    private void line(String text) {
        report.add(text);
    }

    private static void progress(String text) {
        System.err.println("bench: " + text + " — " + java.time.LocalTime.now().withNano(0));
    }

    static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank()).orElse(fallback);
    }
}

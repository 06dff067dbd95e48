package fr.normandie.ecoles.bench;

import fr.normandie.ecoles.fixtures.StepForms;
import fr.normandie.ecoles.workflow.internal.TimelineHistory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same BPMN driven by the engine's Java API alone, with the application's engine settings (its history level,
 * strong UUIDs, job executor on), against its own database: no HTTP, no domain writes. The delegates the
 * BPMN's expressions name are stand-ins that only compute what the engine needs (due dates, delays).
 */
final class RawEngine {

    record Result(int instances, long completions, double seconds) {
        double completionsPerSecond() {
            return completions / seconds;
        }
    }

    /** Stand-ins for the application's delegates, without their domain writes. */
    public static final class Deadlines {
        public Date dueDate(String step) {
            return Date.from(Instant.now().plus(Duration.ofDays(30)));
        }

        public String reminderDelay(String step) {
            return Duration.ofDays(21).toString();
        }
    }

    /**
     * The carrier's part (issue 16) as for the benchmark's projects, whose carriers have no account: the step goes
     * straight to staff. Without it the bare engine stopped at the first step (no bean {@code carrierSubmissions}).
     */
    public static final class Submissions {
        private final Deadlines deadlines = new Deadlines();

        public void decide(DelegateExecution execution) {
            execution.setVariable("carrierFilesOnline", false);
            execution.setVariable("carrierId", UUID.nameUUIDFromBytes(execution.getProcessBusinessKey().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
        }

        public Date dueDate(DelegateExecution execution, String step) {
            return deadlines.dueDate(step);
        }

        public String reminderCycle(DelegateExecution execution, String step) {
            return "R/" + dueDate(execution, step).toInstant() + "/" + Duration.ofDays(7);
        }
    }

    public static final class Reminders {
        public void remind(DelegateExecution execution, String step) {
        }
    }

    public static final class Ends {
        public void opened(DelegateExecution execution) {
        }

        public void closed(DelegateExecution execution, String reason) {
        }
    }

    public static final class Renewals {
        public void start(DelegateExecution execution) {
            execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("label-renewal",
                    execution.getProcessBusinessKey(), Map.of("departmentCode", execution.getVariable("departmentCode")));
        }

        public void schedule(DelegateExecution execution) {
            LocalDate due = StepForms.today().plusYears(3);
            execution.setVariable("reAuditRemindAt", Date.from(due.minusMonths(3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
            execution.setVariable("reAuditDueAt", Date.from(due.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
        }

        public void remind(DelegateExecution execution) {
        }

        public void overdue(DelegateExecution execution) {
        }
    }

    private static final Map<String, Map<String, Object>> OUTCOMES = Map.of(
            "territorial-backing", Map.of("backingOutcome", "SUFFICIENT"),
            "opportunity-study", Map.of("studyConclusion", "FAVOURABLE"),
            "insertion-commitment", Map.of("insertionOutcome", "SECURED"),
            "label-audit", Map.of("labelOutcome", "LABELLED"),
            "subsidy-decision", Map.of("subsidyDecision", "GRANTED"),
            "opening", Map.of());

    private final String url;
    private final String user;
    private final String password;
    private final Path bpmnDirectory;

    RawEngine(String url, String user, String password, Path bpmnDirectory) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.bpmnDirectory = bpmnDirectory;
    }

    Result run(int instances, int clients, Latencies latencies) throws Exception {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-raw");
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(32);
        configuration.setJdbcMaxIdleConnections(32);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setCustomHistoryLevels(List.of(TimelineHistory.LEVEL));
        configuration.setHistory(TimelineHistory.LEVEL.getName());
        configuration.setHistoryTimeToLive("P3650D");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("stepDeadlines", new Deadlines());
        beans.put("stepReminders", new Reminders());
        beans.put("projectEnds", new Ends());
        beans.put("labelRenewalSteps", new Renewals());
        beans.put("carrierSubmissions", new Submissions());
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            deploy(engine, "school-opening");
            deploy(engine, "label-renewal");
            return drive(engine, instances, clients, latencies);
        } finally {
            engine.close();
        }
    }

    private void deploy(ProcessEngine engine, String key) throws IOException {
        try (InputStream bpmn = new FileInputStream(bpmnDirectory.resolve(key + ".bpmn").toFile())) {
            engine.getRepositoryService().createDeployment().name(key).enableDuplicateFiltering(true)
                    .addInputStream(key + ".bpmn", bpmn).deploy();
        }
    }

    private Result drive(ProcessEngine engine, int instances, int clients, Latencies latencies) throws Exception {
        TaskService tasks = engine.getTaskService();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        List<String> departments = List.of("14", "27", "50", "61", "76");
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                long done = 0;
                for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    String instance = engine.getRuntimeService().startProcessInstanceByKey("school-opening",
                            UUID.randomUUID().toString(), Map.of("departmentCode", departments.get(i % departments.size())))
                            .getId();
                    latencies.record("raw: start process instance", System.nanoTime() - t0);
                    for (String step : Forms.STEPS) {
                        long t1 = System.nanoTime();
                        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                        long t2 = System.nanoTime();
                        tasks.complete(task.getId(), OUTCOMES.get(step));
                        long t3 = System.nanoTime();
                        latencies.record("raw: task query", t2 - t1);
                        latencies.record("raw: complete " + step, t3 - t2);
                        latencies.record("raw: step (query + complete)", t3 - t1);
                        done++;
                    }
                }
                return done;
            }));
        }
        long completions = 0;
        for (Future<Long> f : running) {
            completions += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(instances, completions, seconds);
    }
}

package fr.normandie.ecoles.bench;

import fr.normandie.ecoles.fixtures.StepForms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;

/**
 * Projects taken through the REST API by concurrent clients, as people do: register, then for each step find
 * the task in the inbox of the step's role and complete it with its form.
 */
final class Lifecycle {

    record Result(int projects, long completions, long registrations, long requests, double seconds, List<String> ids) {
        double completionsPerSecond() {
            return completions / seconds;
        }
    }

    private final String base;
    private final int clients;
    private final List<String> criteria;
    private final int year;
    private Acknowledged acknowledged = (project, step) -> { };

    /** Told of each write the application acknowledged: a registration ({@code step} null) or a completed step. */
    interface Acknowledged {
        void of(String projectId, String step);
    }

    Lifecycle(String base, int clients, List<String> criteria, int year) {
        this.base = base;
        this.clients = clients;
        this.criteria = criteria;
        this.year = year;
    }

    /** This lifecycle, telling {@code listener} of every acknowledged write (the crash test counts them). */
    Lifecycle reporting(Acknowledged listener) {
        this.acknowledged = listener;
        return this;
    }

    /**
     * Registers {@code projects} projects numbered from {@code firstNumber}, each taken through as many steps as
     * {@code stepsOf} says (6: to its opening).
     */
    Result run(int projects, int firstNumber, IntUnaryOperator stepsOf, Latencies latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong completions = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                Http http = new Http(base, latencies);
                for (int i = next.getAndIncrement(); i < projects; i = next.getAndIncrement()) {
                    int n = firstNumber + i;
                    String id = register(http, n);
                    acknowledged.of(id, null);
                    requests.incrementAndGet();
                    ids.add(id);
                    int steps = stepsOf.applyAsInt(i);
                    for (String step : Forms.STEPS.subList(0, steps)) {
                        String user = Bench.userOf(step);
                        Http.Answer inbox = http.get("GET /api/tasks?project&step", user,
                                "api/tasks?project=" + id + "&step=" + step);
                        JsonNode tasks = inbox.json();
                        if (inbox.status() != 200 || tasks.size() != 1) {
                            throw new IllegalStateException(step + " of " + id + ": " + inbox.body());
                        }
                        Http.Answer done = http.post("POST /api/tasks/{id}/complete " + step, user,
                                "api/tasks/" + tasks.get(0).get("id").asText() + "/complete", form(step));
                        requests.addAndGet(2);
                        if (done.status() != 200) {
                            throw new IllegalStateException(step + " of " + id + ": " + done.status() + " " + done.body());
                        }
                        acknowledged.of(id, step);
                        completions.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(projects, completions.get(), projects, requests.get(), seconds, ids);
    }

    /** One project taken to its opening by this thread alone, each request run through {@code around}. */
    void walkAlone(int n, java.util.function.BiConsumer<String, Runnable> around) {
        Http http = new Http(base, new Latencies());
        String[] id = new String[1];
        around.accept("registration", () -> id[0] = register(http, n));
        for (String step : Forms.STEPS) {
            String user = Bench.userOf(step);
            String[] task = new String[1];
            around.accept("inbox look-up", () -> task[0] = http.get(null, user, "api/tasks?project=" + id[0] + "&step=" + step)
                    .json().get(0).get("id").asText());
            around.accept(step, () -> {
                Http.Answer done = http.post(null, user, "api/tasks/" + task[0] + "/complete", form(step));
                if (done.status() != 200) {
                    throw new IllegalStateException(step + ": " + done.body());
                }
            });
        }
    }

    private String register(Http http, int n) {
        Http.Answer answer = http.post("POST /api/projects", Bench.STAFF, "api/projects", Forms.registration(n));
        if (answer.status() != 201) {
            throw new IllegalStateException("registration " + n + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().get("id").asText();
    }

    private Object form(String step) {
        return StepForms.favourable(step, criteria, year);
    }
}

package fr.normandie.ecoles.app.it;

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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Payara Micro process running the build's WAR as an operator starts it ({@code java -jar payara-micro.jar}, no
 * Arquillian), its output in {@code target/node-<name>.log}; its settings are the test's environment (the database,
 * the administrator's password) with its mails kept to itself ({@link NodesOfTheirOwn}) and the given variables over
 * them.
 */
record Node(String name, int port, Process process, Path log) {

    static Node start(String name, Map<String, String> environment) throws IOException {
        Path log = Path.of(System.getProperty("app.war")).resolveSibling("node-" + name + ".log");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.language=fr", "-Duser.country=FR",
                "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("app.war"),
                "--port", String.valueOf(port), "--nohazelcast")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ADMIN_PASSWORD", System.getProperty("it.admin.password"));
        NodesOfTheirOwn.keepMailsToThemselves(builder.environment(), log.resolveSibling("node-" + name + "-data"));
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

    void awaitReady(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(uri("health/ready")).timeout(Duration.ofSeconds(10)).build();
        long launched = System.nanoTime();
        long deadline = launched + within.toNanos();
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
        throw new AssertionError("node " + name + " not ready within " + within + "; see " + log);
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

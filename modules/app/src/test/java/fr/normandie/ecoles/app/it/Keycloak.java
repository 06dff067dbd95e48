package fr.normandie.ecoles.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real Keycloak, the directory the directory sign-in tests sign in through: the distribution the build
 * unpacked ({@code keycloak.home}, org.keycloak:keycloak-quarkus-dist), started in development mode on a fixed
 * port with the realm kept in the test resources ({@code keycloak/ecoles-realm.json}: its users, their roles in
 * the {@code roles} claim, the application's confidential client and the test clients), on a new database each
 * time. Keycloak needs Java 21
 * or later: {@code KEYCLOAK_JAVA_HOME}, then the JDKs under {@code /usr/lib/jvm}, the newest first; none is a
 * failure that says so (.ci/run installs one).
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "ecoles";
    private static final Path TARGET = Path.of(System.getProperty("project.root", "."), "modules/app/target");
    /** As long as a node of its own may take ({@link NodesOfTheirOwn#READY_WITHIN}): it starts beside the shared node. */
    private static final Duration START_TIMEOUT = NodesOfTheirOwn.READY_WITHIN;

    private final Process process;
    private final int port;
    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak on the port and waits until its realm answers. */
    static Keycloak start(int port) {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path java = javaHome().orElseGet(() -> fail("Keycloak needs Java 21 or later: none found in KEYCLOAK_JAVA_HOME "
                + "nor under /usr/lib/jvm (.ci/run installs one)"));
        try {
            // a new database each time: Keycloak imports a realm only when it has none of that name, and state
            // left by an earlier run (sessions, a realm file since changed) must not leak into this one
            deleteTree(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var stream = Keycloak.class.getResourceAsStream("/keycloak/ecoles-realm.json")) {
                Files.copy(stream, imports.resolve("ecoles-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + (port + 1), "--import-realm")
                    .redirectErrorStream(true).redirectOutput(TARGET.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", java.toString());
            // Keycloak's worker threads reset their thread locals by reflection, which Java 24 and later refuse unless
            // java.lang is opened to them (without it they die: "thread-local-reset capability on Java 24 or later")
            builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "it-keycloak-admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "it-keycloak-admin");
            long starting = System.nanoTime();
            Keycloak keycloak = new Keycloak(builder.start(), port);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close)); // never left running by a crashed run
            keycloak.awaitRealm();
            System.out.println("Keycloak started in " + Duration.ofNanos(System.nanoTime() - starting).toMillis()
                    + " ms (Java at " + java + ")");
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, as its tokens name it. */
    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newHttpClient();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Keycloak stopped while starting: see " + TARGET.resolve("keycloak.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        fail("Keycloak did not answer within " + START_TIMEOUT + ": see " + TARGET.resolve("keycloak.log"));
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Java 21 or later to run Keycloak with. */
    static Optional<Path> javaHome() {
        Stream<Path> configured = Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Path::of).stream();
        Stream<Path> installed;
        try (var jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            installed = jvms.toList().stream();
        } catch (IOException none) {
            installed = Stream.empty();
        }
        List<Path> candidates = Stream.concat(configured, installed.sorted(Comparator.comparing(Keycloak::featureVersion)
                .reversed())).toList();
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home) >= 21).findFirst();
    }

    /** The major version the JDK's {@code release} file states; 0 when it states none. */
    private static int featureVersion(Path home) {
        Properties release = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("release"))) {
            release.load(reader);
            String version = release.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (IOException | NumberFormatException unknown) {
            return 0;
        }
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

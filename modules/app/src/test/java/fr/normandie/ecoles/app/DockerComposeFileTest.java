package fr.normandie.ecoles.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks docker/Dockerfile and docker/compose.yaml without a Docker engine: their essentials as
 * text always, and compose.yaml through {@code docker compose config} / {@code docker-compose
 * config} when one of them is installed (Debian package {@code docker-compose}).
 */
class DockerComposeFileTest {

    private static final String ADMIN_PASSWORD = "ADMIN_PASSWORD";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private static Path root;
    private static Path compose;
    private static Path dockerfile;
    private static List<String> composeLines;

    @BeforeAll
    static void locateFiles() throws IOException {
        root = projectRoot();
        compose = root.resolve("docker/compose.yaml");
        dockerfile = root.resolve("docker/Dockerfile");
        assertThat(dockerfile).isRegularFile();
        composeLines = Files.readAllLines(compose, StandardCharsets.UTF_8);
    }

    /** Walks up from the working directory (surefire: modules/app) to the directory holding docker/compose.yaml. */
    private static Path projectRoot() {
        Path start = Paths.get("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker/compose.yaml"))) {
                return dir;
            }
        }
        throw new AssertionError("no docker/compose.yaml in " + start + " or any parent directory");
    }

    // ---------------------------------------------------------------- compose.yaml as text

    @Test
    void composeDeclaresDbAndAppServices() {
        List<String> services = childKeys(block(composeLines, "services", 0));
        assertThat(services).contains("db", "app");
    }

    @Test
    void dbServiceIsPostgresWithHealthcheckAndNamedVolume() {
        List<String> db = service("db");
        String text = String.join("\n", db);
        assertThat(text).containsPattern("(?m)^\\s+image:\\s*[\"']?postgres:15");
        assertThat(childKeys(db)).contains("healthcheck", "environment", "volumes");
        assertThat(String.join("\n", child(db, "healthcheck"))).contains("pg_isready");
        for (String variable : List.of("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD")) {
            assertThat(text).as("db environment %s", variable).containsPattern("(?m)^\\s+" + variable + ":");
        }

        String volume = namedDataVolume(text);
        List<String> declared = childKeys(block(composeLines, "volumes", 0));
        assertThat(declared).as("top-level volumes").contains(volume);
    }

    @Test
    void appServiceIsWiredToDb() {
        List<String> app = service("app");
        String text = String.join("\n", app);
        assertThat(childKeys(app)).contains("build", "depends_on", "environment", "ports", "healthcheck", "restart");

        assertThat(text).containsPattern("(?m)^\\s+context:\\s*[\"']?\\.\\.[\"']?\\s*(#.*)?$");
        assertThat(text).containsPattern("(?m)^\\s+dockerfile:\\s*[\"']?docker/Dockerfile");
        assertThat(text).containsPattern("(?ms)^\\s+depends_on:\\s*\\n\\s+db:\\s*\\n\\s+condition:\\s*service_healthy");
        assertThat(text).containsPattern("(?m)^\\s+DB_URL:\\s*[\"']?jdbc:postgresql://db:5432/");
        assertThat(text).containsPattern("(?m)^\\s+DB_USER:");
        assertThat(text).containsPattern("(?m)^\\s+DB_PASSWORD:");
        assertThat(text).containsPattern("(?m)^\\s+ADMIN_PASSWORD:\\s*\\$\\{ADMIN_PASSWORD:\\?");
        assertThat(text).containsPattern("(?m)^\\s+-\\s*[\"']?\\$\\{PORT:-8080\\}:8080");
        assertThat(text).containsPattern("(?m)^\\s+restart:\\s*unless-stopped");
        assertThat(String.join("\n", child(app, "healthcheck"))).contains("/health/ready");
    }

    // ---------------------------------------------------------------- Dockerfile as text

    @Test
    void dockerfileHasHealthcheckAndDoesNotRunAsRoot() throws IOException {
        List<String> instructions = dockerInstructions();

        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)FROM\\s+eclipse-temurin:17[^\\s]*-jre.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)HEALTHCHECK\\s.*CMD\\s.*/health/ready.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)EXPOSE\\s+8080\\b.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)COPY\\s.*modules/app/target/payara-micro\\.jar.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)COPY\\s.*modules/app/target/ROOT\\.war.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)(ENV|ENTRYPOINT|CMD)\\s.*MaxRAMPercentage.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)ENTRYPOINT\\s.*payara-micro\\.jar.*--deploy.*ROOT\\.war.*--nohazelcast.*"));

        List<String> users = instructions.stream()
                .filter(i -> i.regionMatches(true, 0, "USER ", 0, 5))
                .map(i -> i.substring(5).trim())
                .collect(Collectors.toList());
        assertThat(users).as("USER instructions").isNotEmpty();
        String user = users.get(users.size() - 1).split(":")[0];
        assertThat(user).as("the user the container runs as").isNotIn("root", "0");
    }

    @Test
    void dockerfileBuildsTheWarFromTheSourcesInAFirstStage() throws IOException {
        List<String> instructions = dockerInstructions();

        assertThat(instructions.get(0)).as("the first stage").matches("(?i)FROM\\s+maven:3\\.9\\S*-eclipse-temurin-17\\S*\\s+AS\\s+build");
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)RUN\\s.*\\./mvnw\\s.*package.*-DskipTests.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)COPY\\s+--from=build\\s.*modules/app/target/payara-micro\\.jar.*"));
        assertThat(instructions).anySatisfy(i -> assertThat(i).matches("(?i)COPY\\s+--from=build\\s.*modules/app/target/ROOT\\.war.*"));
        assertThat(Files.readAllLines(root.resolve(".dockerignore"), StandardCharsets.UTF_8))
                .as("the build context sends the sources").doesNotContain("*").contains("**/target/");
    }

    @Test
    void clusterProfileRunsTwoNodesBehindAStickyProxy() throws IOException {
        for (String name : List.of("app-2", "proxy")) {
            assertThat(String.join("\n", service(name))).as(name)
                    .containsPattern("(?m)^\\s+profiles:\\s*\\[\\s*[\"']?cluster[\"']?\\s*\\]");
        }
        String proxy = String.join("\n", service("proxy"));
        assertThat(proxy).containsPattern("(?m)^\\s+image:\\s*[\"']?traefik:v3")
                .contains("./traefik/nodes.yaml:/etc/traefik/nodes.yaml")
                .containsPattern("(?m)^\\s+-\\s*[\"']?\\$\\{PROXY_PORT:-8088\\}:80");
        assertThat(String.join("\n", service("app-2"))).contains("jdbc:postgresql://db:5432/")
                .doesNotContain("ports:");

        String nodes = Files.readString(root.resolve("docker/traefik/nodes.yaml"), StandardCharsets.UTF_8);
        assertThat(nodes).containsPattern("(?ms)sticky:\\s*\\n\\s+cookie:")
                .contains("url: \"http://app:8080\"", "url: \"http://app-2:8080\"", "path: /health/ready",
                        "passHostHeader: true");
    }

    // ---------------------------------------------------------------- compose config, when a compose is installed

    @Test
    void composeConfigValidatesTheClusterProfile() throws Exception {
        List<List<String>> composes = availableComposeCommands();
        assumeTrue(!composes.isEmpty(), "no docker compose nor docker-compose: the cluster profile only checked as text");
        for (List<String> command : composes) {
            List<String> config = new ArrayList<>(command);
            config.addAll(List.of("-f", compose.toString(), "--profile", "cluster", "config", "--services"));

            Result services = run(config, Map.of(ADMIN_PASSWORD, "test-only-password"));
            assertThat(services.exitCode).as("%s:%n%s", config, services.output).isZero();
            assertThat(services.output.lines().map(String::trim).toList())
                    .as("services of the cluster profile").contains("db", "app", "app-2", "proxy");
        }
    }

    @Test
    void composeConfigValidatesWithAdminPasswordAndFailsWithout() throws Exception {
        List<List<String>> composes = availableComposeCommands();
        assumeTrue(!composes.isEmpty(),
                "neither `docker compose` (v2 plugin) nor `docker-compose` (Debian package docker-compose)"
                        + " is installed: compose.yaml only checked as text");

        for (List<String> command : composes) {
            List<String> config = new ArrayList<>(command);
            config.addAll(List.of("-f", compose.toString(), "config", "--quiet"));

            Result with = run(config, Map.of(ADMIN_PASSWORD, "test-only-password"));
            assertThat(with.exitCode).as("%s with ADMIN_PASSWORD set:%n%s", config, with.output).isZero();
        }

        assumeFalse(dotEnvDefinesAdminPassword(),
                "docker/.env sets ADMIN_PASSWORD: cannot check that compose refuses to start without it");
        for (List<String> command : composes) {
            List<String> config = new ArrayList<>(command);
            config.addAll(List.of("-f", compose.toString(), "config", "--quiet"));

            Result without = run(config, Map.of());
            assertThat(without.exitCode).as("%s without ADMIN_PASSWORD:%n%s", config, without.output).isNotZero();
            assertThat(without.output).as("%s without ADMIN_PASSWORD", config).contains(ADMIN_PASSWORD);
        }
    }

    private static List<List<String>> availableComposeCommands() {
        List<List<String>> found = new ArrayList<>();
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                if (run(version, Map.of()).exitCode == 0) {
                    found.add(candidate);
                }
            } catch (IOException | InterruptedException notThere) {
                // not on the PATH
            }
        }
        return found;
    }

    private static boolean dotEnvDefinesAdminPassword() throws IOException {
        Path env = root.resolve("docker/.env");
        return Files.isRegularFile(env)
                && Files.readAllLines(env, StandardCharsets.UTF_8).stream()
                        .anyMatch(l -> l.trim().startsWith(ADMIN_PASSWORD + "="));
    }

    private record Result(int exitCode, String output) { }

    /** Runs in the project root, ADMIN_PASSWORD taken out of the inherited environment unless given in {@code env}. */
    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path output = Files.createTempFile("compose-config", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().remove(ADMIN_PASSWORD);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close(); // no standard input
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + COMMAND_TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    // ---------------------------------------------------------------- minimal YAML / Dockerfile reading

    private static List<String> service(String name) {
        List<String> services = block(composeLines, "services", 0);
        assertThat(services).as("top-level services:").isNotEmpty();
        return child(services, name);
    }

    /** The lines of {@code key:} at exactly {@code indent} spaces, the key's line first, up to the next line indented no deeper. */
    private static List<String> block(List<String> lines, String key, int indent) {
        Pattern start = Pattern.compile("^ {" + indent + "}" + Pattern.quote(key) + ":\\s*(#.*)?$");
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (result.isEmpty()) {
                if (start.matcher(line).matches()) {
                    result.add(line);
                }
            } else if (ignorable(line) || indentOf(line) > indent) {
                result.add(line);
            } else {
                break;
            }
        }
        return result;
    }

    /** The block of {@code key:} directly under the block's first line. */
    private static List<String> child(List<String> block, String key) {
        List<String> child = block(block.subList(1, block.size()), key, childIndent(block));
        assertThat(child).as("%s under %s", key, block.get(0).trim()).isNotEmpty();
        return child;
    }

    private static int childIndent(List<String> block) {
        return block.stream().skip(1).filter(l -> !ignorable(l)).mapToInt(DockerComposeFileTest::indentOf)
                .min().orElse(-1);
    }

    /** Keys directly under the block's first line. */
    private static List<String> childKeys(List<String> block) {
        if (block.isEmpty()) {
            return List.of();
        }
        Pattern key = Pattern.compile("^ {" + childIndent(block) + "}([A-Za-z0-9_.-]+):(\\s.*)?$");
        List<String> keys = new ArrayList<>();
        for (String line : block.subList(1, block.size())) {
            Matcher m = key.matcher(line);
            if (m.matches()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static String namedDataVolume(String dbService) {
        Matcher m = Pattern.compile("(?m)^\\s+-\\s*[\"']?([A-Za-z0-9_.-]+):/var/lib/postgresql/data").matcher(dbService);
        assertThat(m.find()).as("db mounts a named volume on /var/lib/postgresql/data").isTrue();
        return m.group(1);
    }

    private static boolean ignorable(String line) {
        String t = line.trim();
        return t.isEmpty() || t.startsWith("#");
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Dockerfile instructions, comments dropped and continuation lines joined. */
    private static List<String> dockerInstructions() throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                instructions.add(current.toString().trim().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            instructions.add(current.toString().trim());
        }
        return instructions.stream()
                .map(i -> i.replaceFirst("^(\\S+)", i.split("\\s", 2)[0].toUpperCase(Locale.ROOT)))
                .collect(Collectors.toList());
    }
}

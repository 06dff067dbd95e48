package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Repeated failed sign-ins, for a user name (known or not) or from an address, are slowed down then refused for a
 * while: 429 with {@code Retry-After} on the API, a French message on the sign-in page. The WAR is the build's on a
 * node of its own, with short delays in its settings (a name is refused after 10 failures, for 4 seconds), so that
 * the refusal's end can be waited for; beside the classes of the shared deployment ({@link NodesOfTheirOwn}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(NodesOfTheirOwn.LOCK)
class SignInThrottlingIT {

    private static final int NAME_LOCK_AFTER = 10;
    private static final Duration LOCK_FOR = Duration.ofSeconds(4);
    private static final int ADDRESS_LOCK_AFTER = 300;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static NodeWithDatabase node;
    private static URL base;

    Api api;

    /** The build's WAR on a node of its own, its throttling settings made short (environment variables, as an operator sets them). */
    @BeforeAll
    static void startNode() throws Exception {
        node = NodeWithDatabase.start("sign-in-throttling", "throttling", Map.of(
                "SECURITY_SIGN_IN_NAME_SLOW_AFTER", "3",
                "SECURITY_SIGN_IN_NAME_LOCK_AFTER", String.valueOf(NAME_LOCK_AFTER),
                "SECURITY_SIGN_IN_ADDRESS_SLOW_AFTER", String.valueOf(ADDRESS_LOCK_AFTER - 10),
                "SECURITY_SIGN_IN_ADDRESS_LOCK_AFTER", String.valueOf(ADDRESS_LOCK_AFTER),
                "SECURITY_SIGN_IN_LOCK_FOR", "PT" + LOCK_FOR.toSeconds() + "S",
                "SECURITY_SIGN_IN_SLOW_STEP", "PT0.05S",
                "SECURITY_SIGN_IN_SLOW_MAX", "PT0.2S"));
        base = node.base();
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void openAccounts() {
        api = new Api(base);
        api.openAccounts();
    }

    @Test
    void fiftyWrongPasswordsThenTheRightOneIsRefusedUntilTheDelayPassesThenAccepted() throws Exception {
        String person = open();
        List<Integer> statuses = new ArrayList<>();
        long slowest = 0;
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            statuses.add(basic(person, "mauvais-" + i).statusCode());
            slowest = Math.max(slowest, System.nanoTime() - start);
        }
        assertThat(statuses.subList(0, NAME_LOCK_AFTER)).containsOnly(401);
        assertThat(statuses.subList(NAME_LOCK_AFTER, 50)).containsOnly(429);
        assertThat(Duration.ofNanos(slowest)).as("answers slowed down before the refusal").isGreaterThanOrEqualTo(Duration.ofMillis(150));

        HttpResponse<String> refused = basic(person, PASSWORD);
        assertThat(refused.statusCode()).as("the right password, while refused").isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, LOCK_FOR.toSeconds());
        assertThat(refused.body()).contains("Trop de connexions échouées", "réessayez dans");

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(300).toMillis());
        assertThat(basic(person, PASSWORD).statusCode()).as("accepted once the delay passed").isEqualTo(200);
        assertThat(basic(person, "mauvais").statusCode()).as("a success forgets the earlier failures").isEqualTo(401);
        assertThat(basic(person, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() throws Exception {
        String known = open();
        String unknown = "inconnu-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(firstRefusal(known)).isEqualTo(NAME_LOCK_AFTER + 1).isEqualTo(firstRefusal(unknown));
        api.anonymous().auth().preemptive().basic(unknown, "x").get("api/projects").then().statusCode(429)
                .contentType(startsWith("application/problem+json")).body("status", org.hamcrest.Matchers.equalTo(429))
                .body("detail", containsString("réessayez"));
        Thread.sleep(LOCK_FOR.plusMillis(300).toMillis());
    }

    @Test
    void manyNamesFromOneAddressGetTheAddressRefusedEvenForAnotherAccount() throws Exception {
        String bystander = open();
        int refusedAt = -1;
        for (int i = 1; i <= ADDRESS_LOCK_AFTER + 1 && refusedAt < 0; i++) {
            if (basic("vaporisé-" + i + "-" + UUID.randomUUID(), "x").statusCode() == 429) {
                refusedAt = i;
            }
        }
        assertThat(refusedAt).as("the address is refused after at most its limit of failures").isPositive();
        assertThat(basic(bystander, PASSWORD).statusCode()).as("any name from that address").isEqualTo(429);
        Thread.sleep(LOCK_FOR.plusMillis(300).toMillis());
        assertThat(basic(bystander, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysInFrenchWhenToTryAgain() throws Exception {
        String person = open();
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            for (int i = 0; i < NAME_LOCK_AFTER; i++) {
                browser.type("signIn:username", person);
                browser.type("signIn:password", "mauvais-" + i);
                browser.submit("signIn:submit");
                assertThat(browser.text(By.id("messages"))).isEqualTo("Identifiant ou mot de passe incorrect.");
            }
            browser.type("signIn:username", person);
            browser.type("signIn:password", PASSWORD);
            browser.submit("signIn:submit");
            assertThat(browser.text(By.id("messages"))).startsWith("Trop de connexions échouées pour cet identifiant "
                    + "ou depuis cette adresse : réessayez dans ");
            browser.screenshot("sign-in-throttled");
            browser.assertAccessible("sign-in throttled");

            Thread.sleep(LOCK_FOR.plusMillis(300).toMillis());
            browser.signIn(person, PASSWORD);
            assertThat(browser.heading()).isEqualTo("Tableau de bord");
        }
    }

    /**
     * The median time of 100 wrong passwords for known names and 100 for unknown ones, interleaved, each name
     * tried once (no throttling); written to target/sign-in-timing.txt. Not asserted: the machine's load decides
     * the figures, which bench/README.md reports.
     */
    @Test
    void measuresTheTimeOfWrongPasswordsForKnownAndUnknownNames() throws Exception {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            known.add(open());
        }
        for (int i = 0; i < 10; i++) { // warm-up
            basic("echauffement-" + UUID.randomUUID(), "x");
        }
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 100; i++) { // in turn first, so that neither pays for coming first
            if (i % 2 == 0) {
                knownTimes.add(timed(known.get(i)));
                unknownTimes.add(timed("inconnu-" + UUID.randomUUID()));
            } else {
                unknownTimes.add(timed("inconnu-" + UUID.randomUUID()));
                knownTimes.add(timed(known.get(i)));
            }
        }
        String report = String.format("sign-in timing, wrong password, median of 100 each: known %.2f ms, unknown %.2f ms%n",
                median(knownTimes) / 1e6, median(unknownTimes) / 1e6);
        System.out.print(report);
        Path target = Path.of(System.getProperty("project.root", "."), "modules/app/target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("sign-in-timing.txt"), report);
        assertThat(knownTimes).hasSize(100);
    }

    private long timed(String name) {
        long start = System.nanoTime();
        int status = basic(name, "pas-le-bon-mot-de-passe").statusCode();
        long elapsed = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        return elapsed;
    }

    private static double median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
    }

    /** The number of the first attempt answered 429, among 30 wrong passwords for the name. */
    private int firstRefusal(String name) {
        for (int i = 1; i <= 30; i++) {
            if (basic(name, "mauvais-" + i).statusCode() == 429) {
                return i;
            }
        }
        return -1;
    }

    private String open() {
        String name = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        api.admin().body(Map.of("username", name, "password", PASSWORD, "fullName", "Test " + name,
                "roles", List.of("VIEWER"))).post("api/accounts").then().statusCode(201);
        return name;
    }

    private HttpResponse<String> basic(String user, String password) {
        String credential = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/departments"))
                    .header("Authorization", "Basic " + credential).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

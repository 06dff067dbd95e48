package fr.normandie.ecoles.app.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sign-in through the Region's directory (OpenID Connect) against a real Keycloak started for this class
 * ({@link Keycloak}, realm {@code keycloak/ecoles-realm.json}): the build's WAR on a node of its own and a database of
 * its own, beside the classes of the shared deployment ({@link NodesOfTheirOwn}), with the directory's settings in its
 * environment (OIDC_ISSUER and the others, as an operator sets them), the
 * realm's roles mapped to the application's ({@code ecoles-staff=staff}, ...; a raw {@code admin} grants
 * nothing). A person signs in on Keycloak's own page in Chromium and comes back signed in with the roles of
 * their claim; their account is opened with the directory's name, e-mail and roles. The API accepts Keycloak's
 * access tokens for this application and refuses, with a 401 problem detail and nothing written, those expired,
 * forged, unsigned or meant for another application, and those of a name that is a local account's.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(NodesOfTheirOwn.LOCK)
class DirectorySignInIT {

    /** In the range this test may use; the next one is Keycloak's management port. */
    private static final int KEYCLOAK_PORT = 8291;
    private static final String ROLE_MAPPING =
            "ecoles-staff=staff;ecoles-funding=funding;ecoles-auditor=auditor;ecoles-admin=admin";

    private static Keycloak keycloak;

    private static NodeWithDatabase node;
    private static URL base;

    /** Keycloak first (the application's settings name it), then the build's WAR configured for it. */
    @BeforeAll
    static void startKeycloakAndNode() throws Exception {
        keycloak = Keycloak.start(KEYCLOAK_PORT);
        node = NodeWithDatabase.start("directory-sign-in", "directory", Map.of(
                "OIDC_ISSUER", keycloak.issuer(),
                "OIDC_CLIENT_ID", "ecoles",
                "OIDC_CLIENT_SECRET", "ecoles-it-secret",
                "OIDC_ROLES_CLAIM", "roles",
                "OIDC_ROLE_MAPPING", ROLE_MAPPING,
                "OIDC_CLOCK_SKEW", "PT0S"));
        base = node.base();
    }

    @AfterAll
    static void stopNodeAndKeycloak() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void signsInThroughTheDirectoryAndGetsTheRolesOfItsClaim() {
        try (Browser browser = Browser.open(base)) {
            // Given a project officer of the directory, When she asks for a page, she signs in on Keycloak's page
            browser.go("projects/list.xhtml");
            browser.waitFor(By.id("kc-login"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak.issuer());
            browser.driver().findElement(By.id("username")).sendKeys("claire.martin");
            browser.driver().findElement(By.id("password")).sendKeys("Claire-Annuaire-2026");
            browser.driver().findElement(By.id("kc-login")).click();

            // Then she is back on the page she asked, signed in as a project officer: no code in the address
            browser.waitFor(By.id("signOut:button"));
            browser.screenshot("directory-sign-in");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(base + "projects/list.xhtml");
            assertThat(browser.heading()).isEqualTo("Projets");
            String navigation = browser.text(By.cssSelector("nav.site-nav"));
            assertThat(navigation).contains("Mes tâches", "Nouveau projet").doesNotContain("Comptes");
            browser.go("admin/accounts.xhtml");
            assertThat(browser.heading()).isEqualTo("Accès refusé");

            // When she signs out, the directory's session ends too: the next page asks for her password again
            browser.go("projects/list.xhtml");
            browser.click("signOut:button");
            try {
                browser.waitUntil(page -> page.getCurrentUrl().startsWith(base + "login.xhtml"));
            } finally {
                browser.screenshot("directory-signed-out"); // where the browser stopped, if it did
            }
            browser.go("projects/list.xhtml");
            browser.waitFor(By.id("kc-login"));
        }
        // and her account was opened with the directory's name, address and roles
        assertThat(account("claire.martin")).contains(new AccountRow("Claire Martin", "claire.martin@region.example",
                true, List.of("staff")));
    }

    @Test
    void aDirectoryValueTheMappingDoesNotNameGrantsNothing() {
        try (Browser browser = Browser.open(base)) {
            // the sign-in page offers the directory beside the local accounts
            browser.go("login.xhtml");
            browser.click("directorySignIn");
            browser.waitFor(By.id("kc-login"));
            browser.driver().findElement(By.id("username")).sendKeys("intrus");
            browser.driver().findElement(By.id("password")).sendKeys("Intrus-Annuaire-2026");
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waitUntil(page -> page.getCurrentUrl().startsWith(base.toString()));
            browser.go("admin/accounts.xhtml");
            assertThat(browser.heading()).isEqualTo("Accès refusé");
        }
        assertThat(account("intrus")).hasValueSatisfying(row -> assertThat(row.roles()).isEmpty());
    }

    @Test
    void theApiAcceptsTheDirectorysAccessTokenWithTheRolesOfItsClaim() {
        String staff = token("ecoles-cli", "claire.martin", "Claire-Annuaire-2026");
        bearer(staff).get("api/tasks").then().statusCode(200);
        bearer(staff).get("api/accounts").then().statusCode(403);

        String fundingAndAdmin = token("ecoles-cli", "paul.durand", "Paul-Annuaire-2026");
        bearer(fundingAndAdmin).get("api/accounts").then().statusCode(200)
                .body("find { it.username == 'paul.durand' }.roles.sort()", equalTo(List.of("ADMIN", "FUNDING")));
        assertThat(account("paul.durand")).contains(new AccountRow("Paul Durand", "paul.durand@region.example", true,
                List.of("admin", "funding")));
        // the local accounts keep HTTP Basic beside the directory
        RestAssured.given().baseUri(base.toString()).auth().preemptive()
                .basic("admin", System.getProperty("it.admin.password")).get("api/accounts").then().statusCode(200);
    }

    @Test
    void refusesTokensExpiredForgedUnsignedOrForAnotherApplicationAndWritesNothing() throws InterruptedException {
        String good = token("ecoles-cli", "refuse.moi", "Refuse-Annuaire-2026");
        String[] parts = good.split("\\.");

        String otherAudience = token("other-application", "refuse.moi", "Refuse-Annuaire-2026");
        String forged = parts[0] + "." + encode(decode(parts[1]).replace("\"refuse.moi\"", "\"paul.durand\"")) + "."
                + parts[2];
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String shortLived = token("ecoles-cli-short", "refuse.moi", "Refuse-Annuaire-2026");
        Thread.sleep(2_500); // its lifespan is one second, no skew allowed here

        for (String refused : List.of(otherAudience, forged, unsigned, shortLived, "not-a-jwt")) {
            bearer(refused).get("api/tasks").then().statusCode(401).contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
        assertThat(account("refuse.moi")).isEmpty();
        assertThat(account("paul.durand").map(AccountRow::roles).orElse(List.of())).doesNotContain("viewer");
    }

    @Test
    void aDirectoryNameThatIsALocalAccountsIsRefused() {
        RestAssured.given().baseUri(base.toString()).auth().preemptive()
                .basic("admin", System.getProperty("it.admin.password")).contentType(ContentType.JSON)
                .body(Map.of("username", "homonyme", "password", "Local-Homonyme-2026", "fullName", "Compte local",
                        "roles", List.of("VIEWER")))
                .post("api/accounts").then().statusCode(201);

        bearer(token("ecoles-cli", "homonyme", "Homonyme-Annuaire-2026")).get("api/accounts").then().statusCode(401);
        assertThat(account("homonyme")).contains(new AccountRow("Compte local", null, false, List.of("viewer")));
    }

    private RequestSpecification bearer(String token) {
        return RestAssured.given().baseUri(base.toString()).header("Authorization", "Bearer " + token)
                .accept(ContentType.JSON);
    }

    /** An access token from Keycloak's token endpoint (the direct access grant of a test client). */
    private static String token(String client, String user, String password) {
        return RestAssured.given().formParams(Map.of("grant_type", "password", "client_id", client,
                        "username", user, "password", password))
                .post(keycloak.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    record AccountRow(String fullName, String email, boolean directory, List<String> roles) {
    }

    private static Optional<AccountRow> account(String username) {
        try (Connection db = NodesOfTheirOwn.connect(node.databaseUrl());
             PreparedStatement account = db.prepareStatement(
                     "select full_name, email, directory from accounts.account where username = ?");
             PreparedStatement roles = db.prepareStatement(
                     "select role from accounts.account_role where username = ? order by role")) {
            account.setString(1, username);
            roles.setString(1, username);
            try (ResultSet row = account.executeQuery(); ResultSet granted = roles.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<String> names = new ArrayList<>();
                while (granted.next()) {
                    names.add(granted.getString(1));
                }
                return Optional.of(new AccountRow(row.getString(1), row.getString(2), row.getBoolean(3), names));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

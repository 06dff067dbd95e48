package fr.normandie.ecoles.app.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * An administrator deactivates, reactivates, changes the roles and resets the password of accounts, each change
 * on the administration log; a deactivated account is refused at once on the API and in the pages; whoever is not
 * an administrator, and every malformed request, is refused cleanly with nothing written.
 */
class AccountAdministrationIT extends DeployedApplication {

    private static final String ADMIN = "admin";

    @Test
    void aDeactivatedAccountIsRefusedAtOnceOnTheApiEvenWithARememberedCredentialAndWorksAgainOnceReactivated() {
        String person = open("STAFF");
        api.as(person).get("api/projects").then().statusCode(200); // its credential is now remembered

        api.admin().post("api/accounts/" + person + "/deactivate").then().statusCode(200).body("active", equalTo(false));
        api.as(person).get("api/projects").then().statusCode(401);
        api.as(person).get("api/tasks").then().statusCode(401);

        api.admin().post("api/accounts/" + person + "/reactivate").then().statusCode(200).body("active", equalTo(true));
        api.as(person).get("api/projects").then().statusCode(200);
    }

    @Test
    void aChangeOfRolesCountsFromTheNextRequest() {
        String person = open("VIEWER");
        api.as(person).get("api/accounts").then().statusCode(403);

        api.admin().body(Map.of("roles", List.of("VIEWER", "ADMIN"))).put("api/accounts/" + person + "/roles")
                .then().statusCode(200).body("roles", hasItem("ADMIN"));
        api.as(person).get("api/accounts").then().statusCode(200);

        api.admin().body(Map.of("roles", List.of("VIEWER"))).put("api/accounts/" + person + "/roles").then().statusCode(200);
        api.as(person).get("api/accounts").then().statusCode(403);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnceAndADrawnOneIsAnsweredOnce() {
        String person = open("STAFF");
        api.as(person).get("api/projects").then().statusCode(200);

        String chosen = "un-nouveau-mot-de-passe";
        api.admin().body(Map.of("password", chosen)).post("api/accounts/" + person + "/password").then().statusCode(204);
        api.as(person).get("api/projects").then().statusCode(401);
        api.as(person, chosen).get("api/projects").then().statusCode(200);

        String drawn = api.admin().post("api/accounts/" + person + "/password").then().statusCode(200)
                .extract().path("password");
        assertThat(drawn).hasSize(20);
        api.as(person, chosen).get("api/projects").then().statusCode(401);
        api.as(person, drawn).get("api/projects").then().statusCode(200);

        List<String> actions = log(person).jsonPath().getList("action");
        assertThat(actions).containsExactly("PASSWORD_RESET", "PASSWORD_RESET", "OPENED");
        assertThat(log(person).asString()).doesNotContain(chosen, drawn);
    }

    @Test
    void everyChangeIsOnTheAdministrationLogWithWhoWhenAndBeforeAndAfter() {
        String person = open("STAFF");
        api.admin().post("api/accounts/" + person + "/deactivate").then().statusCode(200);
        api.admin().post("api/accounts/" + person + "/reactivate").then().statusCode(200);
        api.admin().body(Map.of("roles", List.of("STAFF", "AUDITOR"))).put("api/accounts/" + person + "/roles")
                .then().statusCode(200);

        Response log = log(person);
        assertThat(log.jsonPath().getList("action")).containsExactly("ROLES_CHANGED", "REACTIVATED", "DEACTIVATED", "OPENED");
        assertThat(log.jsonPath().getList("actor")).containsOnly(ADMIN);
        assertThat(log.jsonPath().getList("at")).doesNotContainNull();
        assertThat(log.jsonPath().getList("[0].rolesBefore")).containsExactly("STAFF");
        assertThat(log.jsonPath().getList("[0].rolesAfter")).containsExactly("STAFF", "AUDITOR");
        assertThat(log.jsonPath().getBoolean("[2].activeBefore")).isTrue();
        assertThat(log.jsonPath().getBoolean("[2].activeAfter")).isFalse();
        assertThat(log.jsonPath().getBoolean("[1].activeAfter")).isTrue();
        assertThat(log.jsonPath().getString("[3].activeBefore")).as("an account opened has no before").isNull();
        assertThat(api.admin().get("api/accounts/log").jsonPath().getList("username")).contains(person);
    }

    @Test
    void theLastActiveAdministratorCannotDeactivateThemselfNorGiveUpTheRole() {
        String second = open("ADMIN");
        List<String> others = activeAdministratorsBut(second);
        try {
            others.forEach(a -> api.as(second).post("api/accounts/" + a + "/deactivate").then().statusCode(200));
            int logged = actionsLoggedFor(second).size();

            api.as(second).post("api/accounts/" + second + "/deactivate").then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", org.hamcrest.Matchers.containsString("dernier administrateur actif"));
            api.as(second).body(Map.of("roles", List.of("VIEWER"))).put("api/accounts/" + second + "/roles")
                    .then().statusCode(409);

            api.as(second).get("api/accounts").then().statusCode(200); // still an active administrator
            assertThat(actionsLoggedFor(second)).as("nothing logged").hasSize(logged);
        } finally {
            List<String> reversed = new ArrayList<>(others);
            Collections.reverse(reversed);
            reversed.forEach(a -> api.as(second).post("api/accounts/" + a + "/reactivate").then().statusCode(200));
        }
        api.admin().post("api/accounts/" + second + "/deactivate").then().statusCode(200);
    }

    @Test
    void nonAdministratorsMalformedRequestsAndUnknownAccountsAreRefusedWithNothingWritten() {
        String person = open("STAFF");
        String logBefore = api.admin().queryParam("max", 200).get("api/accounts/log").asString();
        String accountsBefore = api.admin().get("api/accounts").asString();

        for (String path : List.of("deactivate", "reactivate", "password")) {
            api.as(STAFF).post("api/accounts/" + person + "/" + path).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
        }
        api.as(STAFF).post("api/accounts/" + ADMIN + "/deactivate").then().statusCode(403);
        api.as(STAFF).body(Map.of("roles", List.of("ADMIN"))).put("api/accounts/" + STAFF + "/roles").then().statusCode(403);
        api.as(STAFF).get("api/accounts/log").then().statusCode(403);
        api.as(person).body(Map.of("roles", List.of("ADMIN"))).put("api/accounts/" + person + "/roles").then().statusCode(403);
        api.anonymous().post("api/accounts/" + person + "/deactivate").then().statusCode(401);

        api.admin().post("api/accounts/nobody-" + UUID.randomUUID() + "/deactivate").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", startsWith("Aucun compte"));
        api.admin().body(Map.of("roles", List.of("STAFF"))).put("api/accounts/nobody/roles").then().statusCode(404);
        api.admin().post("api/accounts/nobody/password").then().statusCode(404);
        api.admin().get("api/accounts/nobody").then().statusCode(404);

        api.admin().body(Map.of("roles", List.of())).put("api/accounts/" + person + "/roles").then().statusCode(422)
                .body("errors.field", hasItem("roles"));
        api.admin().body(Map.of("roles", List.of("KING"))).put("api/accounts/" + person + "/roles").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 422)).contentType(startsWith("application/problem+json"));
        api.admin().body(Map.of("roles", "ADMIN")).put("api/accounts/" + person + "/roles").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 422)).contentType(startsWith("application/problem+json"));
        api.admin().body(Map.of("roles", List.of("A".repeat(1_000_000)))).put("api/accounts/" + person + "/roles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 413, 422));
        api.admin().body(Map.of("password", "court")).post("api/accounts/" + person + "/password").then().statusCode(422)
                .body("errors.field", hasItem("password"));
        api.admin().body(Map.of("password", "x".repeat(100_000))).post("api/accounts/" + person + "/password").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 413, 422)).contentType(startsWith("application/problem+json"));
        api.admin().body(Map.of("password", 12)).post("api/accounts/" + person + "/password").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 422));
        api.admin().queryParam("max", 1_000_000).get("api/accounts/log").then().statusCode(400);
        api.admin().queryParam("max", "beaucoup").get("api/accounts/log").then().statusCode(org.hamcrest.Matchers.oneOf(400, 404));
        api.admin().post("api/accounts/" + "x".repeat(5000) + "/deactivate").then().statusCode(org.hamcrest.Matchers.oneOf(404, 414));

        assertThat(api.admin().queryParam("max", 200).get("api/accounts/log").asString()).isEqualTo(logBefore);
        assertThat(api.admin().get("api/accounts").asString()).isEqualTo(accountsBefore);
        api.as(person).get("api/projects").then().statusCode(200);
    }

    @Test
    void aSignedInPersonIsRefusedOnTheirNextPageOnceDeactivatedAndTheAdministratorDoesItFromTheAccountsPage() {
        String person = open("STAFF");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(person, PASSWORD);
            browser.go("inbox.xhtml");
            assertThat(browser.heading()).isEqualTo("Mes tâches");

            api.admin().post("api/accounts/" + person + "/deactivate").then().statusCode(200);
            browser.go("inbox.xhtml");
            assertThat(browser.heading()).as("the session ends at its next request").isEqualTo("Connexion");
            assertThat(browser.text(By.id("deactivated"))).isEqualTo("Votre session a pris fin : ce compte a été désactivé par l’administrateur.");
            browser.go("dashboard.xhtml");
            assertThat(browser.heading()).isEqualTo("Connexion");
            browser.type("signIn:username", person);
            browser.type("signIn:password", PASSWORD);
            browser.submit("signIn:submit");
            assertThat(browser.text(By.id("messages"))).isEqualTo("Identifiant ou mot de passe incorrect.");

            api.admin().post("api/accounts/" + person + "/reactivate").then().statusCode(200);
            browser.signIn(person, PASSWORD);
            browser.go("inbox.xhtml");
            assertThat(browser.heading()).isEqualTo("Mes tâches");
        }

        try (Browser browser = Browser.open(base)) {
            browser.signIn(ADMIN, System.getProperty("it.admin.password"));
            browser.go("admin/accounts.xhtml");
            browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + person + "']]//input[@value='Désactiver']")).click();
            browser.waitForText(By.id("messages"), "Le compte « " + person + " » est désactivé");
            api.as(person).get("api/projects").then().statusCode(401);
            assertThat(browser.text(By.id("log-table"))).contains(person, "Désactivation", "actif → désactivé");

            browser.choose("roles:target", person);
            browser.click("roles:roles:0");
            browser.click("roles:roles:1");
            browser.submit("roles:submit");
            assertThat(browser.text(By.id("messages"))).contains("Les rôles du compte « " + person + " » sont changés.");

            browser.choose("reset:resetTarget", person);
            browser.type("reset:password", "court");
            browser.submit("reset:submit");
            assertThat(browser.text(By.id("reset:password-message"))).contains("au moins 12 caractères");
            browser.choose("reset:resetTarget", person);
            browser.submit("reset:submit");
            assertThat(browser.text(By.id("messages"))).contains("Nouveau mot de passe du compte « " + person + " »");
            browser.screenshot("admin-accounts-administration");
            browser.assertAccessible("accounts administration");
            assertThat(browser.consoleErrors()).filteredOn(e -> e.contains("Content-Security-Policy")).isEmpty();
        }
        assertThat(log(person).jsonPath().getList("action"))
                .containsExactly("PASSWORD_RESET", "ROLES_CHANGED", "DEACTIVATED", "REACTIVATED", "DEACTIVATED", "OPENED");
        assertThat(log(person).jsonPath().getList("[1].rolesAfter")).containsExactly("STAFF", "AUDITOR");
    }

    /** Opens an account of the role, with a name of its own; answers the name. */
    private String open(String role) {
        String name = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        api.admin().body(Map.of("username", name, "password", PASSWORD, "fullName", "Test " + name,
                "roles", List.of(role))).post("api/accounts").then().statusCode(201);
        return name;
    }

    private Response log(String person) {
        return api.admin().queryParam("username", person).get("api/accounts/log").then().statusCode(200).extract().response();
    }

    /** The actions logged for the administrator, as they read it themself (the start-up admin is deactivated). */
    private List<String> actionsLoggedFor(String administrator) {
        return api.as(administrator).queryParam("username", administrator).get("api/accounts/log").then().statusCode(200)
                .extract().jsonPath().getList("action");
    }

    private List<String> activeAdministratorsBut(String kept) {
        List<Map<String, Object>> accounts = api.admin().get("api/accounts").then().statusCode(200).extract().path("$");
        return accounts.stream()
                .filter(a -> Boolean.TRUE.equals(a.get("active")) && ((List<?>) a.get("roles")).contains("ADMIN"))
                .map(a -> (String) a.get("username")).filter(a -> !a.equals(kept)).toList();
    }
}

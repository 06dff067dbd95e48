package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff open the registry of schools, a historical school's file, and follow it to its carrier (issue 14). */
class CarriersBrowserIT extends InTheBrowser {

    @Test
    void staffOpenTheRegistryAHistoricalSchoolAndFollowItsCarrier() {
        String carrier = "Association historique " + UUID.randomUUID();
        String name = "École historique " + UUID.randomUUID();
        String school = api.as(STAFF).body(Map.of("name", name, "carrier", carrier, "departmentCode", "50",
                        "communeCode", "50615", "trades", List.of("Usinage"), "openedOn", "2020-01-06", "capacity", 16))
                .post("api/schools").then().statusCode(201).extract().path("id");

        browser.signIn(STAFF, PASSWORD);
        browser.go("schools/list.xhtml");
        assertThat(browser.heading()).isEqualTo("Registre des écoles");
        assertThat(browser.text(By.id("school-table"))).contains(name, carrier, "Manche", "Valognes", "06/01/2020",
                "Pas encore audité");
        browser.screenshot("schools-registry");
        browser.assertAccessible("the schools' registry");

        browser.driver().findElement(By.linkText(name)).click();
        browser.waitUntil(page -> browser.heading().equals(name));
        assertThat(browser.text(By.id("school-file"))).contains(carrier, "Usinage", "16 élèves",
                "Ouverte avant le logiciel");
        assertThat(browser.driver().getCurrentUrl()).endsWith("id=" + school);
        browser.screenshot("school-file");
        browser.assertAccessible("a historical school's file");

        browser.click("school-carrier");
        browser.waitUntil(page -> browser.heading().equals(carrier));
        assertThat(browser.text(By.id("carrier-schools"))).contains(name);
        browser.screenshot("carrier-page");
        browser.assertAccessible("a carrier's page");

        browser.type("edit:siren", "200035815");
        browser.submit("edit:submit");
        assertThat(browser.text(By.id("edit:siren-message")))
                .isEqualTo("Numéro SIREN invalide : neuf chiffres dont le dernier est une clé de contrôle.");
        browser.type("edit:siren", "200035814");
        browser.submit("edit:submit");
        assertThat(browser.text(By.id("carrier-details"))).contains("200035814");
    }
}

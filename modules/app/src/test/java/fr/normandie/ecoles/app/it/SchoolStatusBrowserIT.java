package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** A school's situation page, in the system's Chromium: staff close a school there; a refusal writes nothing. */
class SchoolStatusBrowserIT extends InTheBrowser {

    @Test
    void staffCloseASchoolFromItsPageAfterADayBeforeItsOpeningIsRefusedNextToTheField() {
        // Given a school opened in September 2016
        String name = "École historique " + UUID.randomUUID();
        String school = api.as(STAFF).body(Map.of("name", name, "carrier", "Association historique",
                        "departmentCode", "76", "communeCode", "76540", "trades", List.of("Menuiserie"),
                        "openedOn", "2016-09-05", "capacity", 12))
                .post("api/schools").then().statusCode(201).extract().path("id");

        // its page says it is open
        browser.signIn(STAFF, PASSWORD);
        browser.go("schools/status.xhtml?id=" + school);
        assertThat(browser.heading()).isEqualTo("Situation de l’école");
        assertThat(browser.text(By.id("school-title"))).isEqualTo(name);
        assertThat(browser.text(By.id("status-today"))).isEqualTo("Ouverte");
        assertThat(browser.text(By.id("no-change"))).contains("Aucun changement");
        browser.assertAccessible("school status");

        // When staff close it from a day before its opening, the refusal is next to the date, nothing written
        browser.choose("status:change", "CLOSURE");
        browser.type("status:effectiveOn", "01/09/2016");
        browser.type("status:reason", "Fin d'activité de l'association.");
        browser.submit("status:submit");
        browser.waitForText(By.id("status:effectiveOn-message"), "ne peut précéder l'ouverture de l'école, le 05/09/2016");
        api.as(VIEWER).get("api/schools/" + school + "/status").then().statusCode(200)
                .body("changes.size()", org.hamcrest.Matchers.equalTo(0));

        // When they close it from 30 June 2022
        browser.choose("status:change", "CLOSURE");
        browser.type("status:effectiveOn", "30/06/2022");
        browser.type("status:reason", "Fin d'activité de l'association.");
        browser.submit("status:submit");

        // Then the page shows it closed, with its closure
        browser.waitFor(By.id("changes"));
        assertThat(browser.text(By.id("status-today"))).isEqualTo("Fermée");
        assertThat(browser.text(By.id("changes"))).contains("Fermeture", "30/06/2022", "Fin d'activité de l'association.", STAFF);
        browser.screenshot("school-status");
        browser.assertAccessible("school status, closed");

        // and a viewer may not open the page
        browser.signOut();
        browser.signIn(VIEWER, PASSWORD);
        browser.go("schools/status.xhtml?id=" + school);
        assertThat(browser.heading()).isEqualTo("Accès refusé");
    }
}

package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

/** The funding officer's grant screens, in the system's Chromium: an operating grant recorded and voted for an open school. */
class GrantBrowserIT extends InTheBrowser {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aFundingOfficerRecordsAnOperatingGrantForAnOpenSchoolAndSeesTheYearsCloseChange() {
        // Given an open school older than the software (in Eure: Calvados's real history, its first school in
        // September 2021, is asserted by SchoolLifeIT and ResultsIT), and the year's operating commitments so far
        String name = "École historique " + UUID.randomUUID();
        String school = api.as(STAFF).body(Map.of("name", name, "carrier", "Association historique",
                        "departmentCode", "27", "communeCode", "27681", "trades", List.of("Menuiserie"),
                        "openedOn", "2016-09-01", "capacity", 16))
                .post("api/schools").then().statusCode(201).extract().path("id");
        float before = committed();

        // When the funding officer records its request on the grants page
        browser.signIn(FUNDING, PASSWORD);
        browser.go("funding/grants.xhtml");
        assertThat(browser.heading()).isEqualTo("Subventions aux écoles ouvertes");
        browser.assertAccessible("grants");
        browser.choose("grantRequest:school", school);
        browser.type("grantRequest:firstYear", String.valueOf(YEAR));
        browser.type("grantRequest:amounts:0:item", "60000");
        browser.type("grantRequest:expenses", "300000");
        browser.type("grantRequest:workshopSales", "100000");
        browser.type("grantRequest:purpose", "Fonctionnement de l’école pour " + YEAR + ".");
        browser.screenshot("grant-request");
        browser.submit("grantRequest:submit");

        // Then the grant's page opens at its instruction, which the officer gives, then the committee's vote
        assertThat(browser.text(By.id("grant-status"))).isEqualTo("demandée");
        browser.assertAccessible("grant");
        browser.type("step:proposed:0:item", "60000");
        browser.submit("step:complete");
        assertThat(browser.text(By.id("grant-status"))).isEqualTo("instruite");
        browser.click("step:granted:0");
        browser.type("step:votedOn", StepForms.today().format(FRENCH));
        browser.type("step:deliberation", "CP-" + YEAR + "-12-044");
        browser.type("step:amounts:0:item", "65000");
        browser.submit("step:complete");
        // (a year's amount above its request is answered next to that year, in French, nothing recorded)
        assertThat(browser.text(By.id("step:amounts:0:item-message"))).contains("ne peut dépasser le montant demandé");
        assertThat(browser.text(By.id("grant-status"))).isEqualTo("instruite");
        browser.type("step:amounts:0:item", "60000");
        browser.screenshot("grant-vote");
        browser.submit("step:complete");
        assertThat(browser.text(By.id("grant-status"))).isEqualTo("votée, convention à signer");
        assertThat(browser.text(By.id("grant-granted"))).contains("60 000");

        // And the year's close shows the commitment
        assertThat(committed()).isEqualTo(before + 60_000f);
        browser.go("funding/close.xhtml?year=" + YEAR);
        // (other classes of the suite commit in the same year: the page's figure is the API's, not 60,000 alone)
        String row = browser.text(By.cssSelector("#close-figures tr[data-kind='OPERATING']"));
        String committedShown = row.substring(0, row.indexOf('€')).replaceAll("\\D", "");
        assertThat(Long.parseLong(committedShown)).isEqualTo((long) (before + 60_000f));
    }

    /** What the year's close says is committed in operating aid. */
    private float committed() {
        return api.as(FUNDING).get("api/closes/" + YEAR).then().statusCode(200).extract().jsonPath()
                .getFloat("byKind.find { it.kind == 'OPERATING' }.committed");
    }
}

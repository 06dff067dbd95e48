package fr.normandie.ecoles.app.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** A school's yearly results entered on its page, and the CREFOP report and the printed dashboard of a viewer. */
class ResultsBrowserIT extends InTheBrowser {

    @Test
    void staffEnterASchoolYearsResultsAndSeeTheIndicatorsChange() {
        String school = api.as(STAFF).body(Map.of("name", "École des essais " + UUID.randomUUID(), "carrier",
                        "Association des essais", "departmentCode", "50", "communeCode", "50615",
                        "trades", List.of("Usinage"), "openedOn", "2020-09-01", "capacity", 16))
                .post("api/schools").then().statusCode(201).extract().path("id");
        browser.signIn(STAFF, PASSWORD);
        browser.go("schools/results.xhtml?id=" + school);
        assertThat(browser.heading()).startsWith("Résultats annuels — École des essais");
        assertThat(browser.text(By.id("main"))).contains("Aucun résultat saisi.");
        browser.assertAccessible("a school's results");

        // more passed than presented: refused next to the field, nothing recorded
        fill("2023", "1", "10", "1", "8", "6", "7", "3", "5", "3", "1");
        browser.submit("results:submit");
        assertThat(browser.text(By.xpath("//input[@id='results:diplomas:0:passed']/.."))).contains(
                "Il ne peut y avoir plus de reçus (7) que de candidats présentés (6).");
        assertThat(browser.value("results:leaversJob")).as("the form keeps what was typed").isEqualTo("3");
        assertThat(api.as(STAFF).get("api/schools/" + school + "/results").then().extract().jsonPath().getList("$"))
                .isEmpty();
        browser.screenshot("school-results-refused");

        // corrected: the year is recorded and its indicators shown
        browser.type("results:diplomas:0:passed", "5");
        browser.submit("results:submit");
        browser.waitFor(By.cssSelector("#school-indicators tr[data-year='2023']"));
        assertThat(browser.text(By.className("page-messages"))).contains("Les résultats de l’année scolaire 2023-2024 sont enregistrés.");
        assertThat(cell("2023", "insertion-or-study")).isEqualTo("92 %"); // 3 + 5 + 3 of 12 leavers
        assertThat(cell("2023", "work-study")).isEqualTo("42 %"); // 5 of 12
        assertThat(cell("2023", "pass-CAP")).isEqualTo("83 % (5/6)");

        // the same year entered again: a leaver found in further study, the indicator follows
        fill("2023", "1", "10", "1", "8", "6", "5", "3", "5", "4", "0");
        browser.submit("results:submit");
        browser.waitFor(By.cssSelector("#school-indicators tr[data-year='2023']"));
        assertThat(cell("2023", "insertion-or-study")).isEqualTo("100 %");
        assertThat(browser.driver().findElements(By.cssSelector("#recorded-results tbody tr"))).hasSize(1);
        browser.screenshot("school-results");
        browser.assertAccessible("a school's results, recorded");

        // a viewer may not open the page
        browser.signOut();
        browser.signIn(VIEWER, PASSWORD);
        browser.go("schools/results.xhtml?id=" + school);
        assertThat(browser.heading()).isEqualTo("Accès refusé");
    }

    @Test
    void theViewerDownloadsTheCrefopReportAndPrintsTheDashboard() throws IOException {
        browser.signIn(VIEWER, PASSWORD);
        browser.go("dashboard.xhtml?asOf=30/06/2025");
        String href = browser.waitFor(By.id("crefop-report")).getAttribute("href");
        assertThat(href).contains("api/reports/crefop.pdf").contains("asOf=2025-06-30");
        assertThat(browser.text(By.id("region-indicators-title"))).isEqualTo("Résultats des écoles au fil des années (région)");
        browser.assertAccessible("the dashboard with its results");

        HttpResponse<byte[]> report = browser.fetch(href);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(report.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            assertThat(new PDFTextStripper().getText(document)).contains("Orne (61)", "situation au 30 juin 2025");
        }

        // printed: no navigation, no form, the figures and the map kept
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(chrome.findElement(By.className("site-nav")).isDisplayed()).isFalse();
        assertThat(chrome.findElement(By.className("filters")).isDisplayed()).isFalse();
        assertThat(chrome.findElement(By.id("crefop-report")).isDisplayed()).isFalse();
        assertThat(chrome.findElement(By.id("figure-open-schools")).isDisplayed()).isTrue();
        assertThat(chrome.findElement(By.id("coverage-table")).isDisplayed()).isTrue();
        Map<String, Object> printed = chrome.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Path pictures = Files.createDirectories(Path.of("target", "crefop"));
        Files.write(pictures.resolve("dashboard-printed.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Chiffres clés", "Les départements face à l’objectif").doesNotContain("Se déconnecter",
                    "Afficher");
        }
    }

    private void fill(String year, String under16, String from16To18, String over18, String referred,
                      String capPresented, String capPassed, String job, String workStudy, String study, String other) {
        browser.type("results:schoolYear", year);
        browser.type("results:pupilsUnder16", under16);
        browser.type("results:pupils16To18", from16To18);
        browser.type("results:pupilsOver18", over18);
        browser.type("results:referredByMissionLocale", referred);
        browser.type("results:diplomas:0:presented", capPresented);
        browser.type("results:diplomas:0:passed", capPassed);
        browser.type("results:leaversJob", job);
        browser.type("results:leaversApprenticeship", workStudy);
        browser.type("results:leaversFurtherStudy", study);
        browser.type("results:leaversOther", other);
    }

    private String cell(String year, String column) {
        return browser.text(By.cssSelector("#school-indicators tr[data-year='" + year + "'] td." + column));
    }
}

package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's and the funding officer's screens, in the system's Chromium, on the deployed WAR. */
class AuditAndFundingBrowserIT extends InTheBrowser {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    @Test
    void anAuditorRecordsAnAuditWithAFindingThroughTheChecklistAndDownloadsTheReport() {
        // Given a project waiting for its label audit (brought there through the API)
        String id = api.register("61", "61214");
        api.walkTo(id, "label-audit");
        List<String> criteria = api.as(AUDITOR).get("api/criteria/current").then().statusCode(200)
                .extract().jsonPath().getList("themes.criteria.flatten().code", String.class);
        int major = criteria.indexOf(Api.MAJOR_CRITERION);

        // the auditor finds it in the queue
        browser.signIn(AUDITOR, PASSWORD);
        assertThat(browser.text(By.className("site-nav"))).contains("File d’audits");
        browser.go("audits/queue.xhtml");
        assertThat(browser.heading()).isEqualTo("File d’audits");
        assertThat(browser.text(By.cssSelector("tr[data-project='" + id + "']"))).contains("À préparer");
        browser.screenshot("audit-queue");
        browser.assertAccessible("auditor's queue");

        // When they go through the checklist: the visit, every criterion, one major non-conformity
        browser.driver().findElement(By.cssSelector("tr[data-project='" + id + "'] th a")).click();
        browser.waitFor(By.id("step:site"));
        browser.type("step:site", "Atelier de l’école, zone artisanale de L’Aigle");
        browser.type("step:auditors", "Claire Martin\nHugo Lefèvre");
        browser.click("step:allCompliant");
        browser.waitForText(By.id("step:judged"), criteria.size() + " / " + criteria.size());
        browser.click("step:verdicts:" + major + ":verdict:2");
        browser.type("step:verdicts:" + major + ":comment", "Quinze élèves pour un maître professionnel.");
        browser.type("step:verdicts:" + major + ":evidence", "Emplois du temps de l’atelier, entretien avec le directeur.");
        browser.click("step:addFinding");
        browser.waitFor(By.id("step:findings:0:severity"));
        browser.choose("step:findings:0:severity", "MAJOR");
        browser.choose("step:findings:0:criterion", Api.MAJOR_CRITERION);
        browser.type("step:findings:0:description", "Quinze élèves pour un seul maître professionnel (emplois du temps vus).");
        browser.type("step:findings:0:actions:0:description", "Recruter un second maître professionnel");
        browser.type("step:findings:0:actions:0:owner", "Président de l’association");
        browser.type("step:findings:0:actions:0:dueOn", StepForms.today().plusMonths(2).format(FRENCH));
        browser.type("step:conclusion", "Audit mené sur une journée.");
        browser.choose("step:outcome", "LABELLED");
        browser.screenshot("audit-checklist");
        browser.assertAccessible("audit checklist");

        // Then the label refused with a major non-conformity is said next to the outcome, and nothing typed is lost
        browser.submit("step:complete");
        assertThat(browser.text(By.id("step:outcome-message"))).contains("non-conformité majeure");
        assertThat(browser.value("step:findings:0:actions:0:owner")).isEqualTo("Président de l’association");
        assertThat(browser.driver().findElement(By.id("step:verdicts:" + major + ":verdict:2")).isSelected()).isTrue();
        browser.screenshot("audit-checklist-refused");

        // When the auditor concludes to a conditional label
        browser.choose("step:outcome", "CONDITIONAL");
        browser.submit("step:complete");

        // Then the step is done, the audit listed on the project's page with its report, a PDF
        assertThat(browser.text(By.id("messages"))).contains("est enregistrée");
        assertThat(browser.text(By.id("label-state"))).isEqualTo("Labellisée sous réserve");
        String report = browser.driver().findElement(By.cssSelector("#audit-table .report-link")).getAttribute("href");
        HttpResponse<byte[]> pdf = browser.fetch(report);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // and the audit's own page shows the verdicts, the finding and its action
        browser.driver().findElement(By.cssSelector("#audit-table th a")).click();
        browser.waitFor(By.id("verdict-table"));
        assertThat(browser.text(By.tagName("main"))).contains("Non conforme", "Non-conformité majeure",
                "Recruter un second maître professionnel", "Claire Martin, Hugo Lefèvre");
        assertThat(browser.fetch(browser.driver().findElement(By.id("report-link")).getAttribute("href")).statusCode())
                .isEqualTo(200);
        browser.screenshot("audit-view");
        browser.assertAccessible("audit page");
        browser.go("projects/view.xhtml?id=" + id);
        browser.screenshot("project-after-audit");
        browser.assertAccessible("project page with its audits");
    }

    @Test
    void aFundingOfficerGrantsASubsidySeeingTheEnvelopeAsTheyTypeThenRecordsAPayment() {
        // Given an envelope of 600 000 € and a project waiting for its subsidy decision
        int year = 2081; // a year no other test class charges: they share one database
        api.openEnvelope(year, 600_000);
        // the year's two budgets: 450 000 € of investment, 150 000 € of operating aid
        api.admin().body(Map.of("commitmentAuthorisations", 450_000, "paymentCredits", 450_000))
                .put("api/budgets/" + year + "/INVESTMENT").then().statusCode(200);
        api.admin().body(Map.of("commitmentAuthorisations", 150_000, "paymentCredits", 150_000))
                .put("api/budgets/" + year + "/OPERATING").then().statusCode(200);
        String remaining = api.as(FUNDING).get("api/envelopes/" + year).then().statusCode(200).extract().path("remaining")
                .toString();
        assertThat(Double.parseDouble(remaining)).isEqualTo(600_000d);
        String id = api.register("27", "27229");
        api.walkTo(id, "subsidy-decision");

        // When the officer types the vote and the amounts
        browser.signIn(FUNDING, PASSWORD);
        browser.go("projects/view.xhtml?id=" + id);
        browser.waitFor(By.id("step:decision"));
        browser.choose("step:decision", "GRANTED");
        browser.type("step:envelopeYear", String.valueOf(year));
        browser.waitForText(By.id("envelope-remaining"), "600 000 €");
        browser.type("step:votedOn", StepForms.today().minusDays(1).format(FRENCH));
        browser.type("step:deliberation", "CP-" + year + "-11-042");
        browser.type("step:investmentRequested", "700 000");
        browser.type("step:investmentEligible", "1 400 000");
        browser.type("step:investmentGranted", "700 000");
        browser.type("step:operatingRequested", "150 000");
        browser.type("step:operatingEligible", "600 000");
        browser.type("step:operatingGranted", "150 000");

        // Then the envelope's box says, as they type, that this grant would overspend it
        browser.waitForText(By.id("envelope-after"), "250 000 €");
        assertThat(browser.driver().findElement(By.id("envelope-after")).getAttribute("class")).isEqualTo("over");
        assertThat(browser.text(By.id("envelope-warning"))).contains("dépasserait l’enveloppe");
        assertThat(browser.text(By.id("investment-share"))).isEqualTo("50 %");
        browser.click("step:addCoFinancer");
        browser.waitFor(By.id("step:coFinancers:0:funder"));
        browser.type("step:coFinancers:0:funder", "Fondation Meyer");
        browser.choose("step:coFinancers:0:programme", "FOUNDATION");
        browser.choose("step:coFinancers:0:line", "INVESTMENT");
        browser.type("step:coFinancers:0:amount", "200 000");
        browser.type("step:conditions", "Recruter deux maîtres professionnels avant l’ouverture.");
        browser.screenshot("subsidy-decision-over-envelope");
        browser.assertAccessible("subsidy decision form");

        // and submitting it anyway is refused next to the grant's total, keeping what was typed
        browser.submit("step:complete");
        assertThat(browser.text(By.id("step:totalGranted-message"))).contains("ne peut pas porter");
        assertThat(browser.value("step:investmentGranted")).isEqualTo("700000");
        assertThat(browser.value("step:coFinancers:0:funder")).isEqualTo("Fondation Meyer");
        browser.screenshot("subsidy-decision-refused");

        // When the officer lowers the investment to 30 % of the eligible expenses
        browser.type("step:investmentGranted", "420 000");
        browser.waitForText(By.id("envelope-after"), "30 000 €");
        browser.submit("step:complete");

        // Then the step is done and the subsidy, on the project's page, leads to its schedule and payments
        assertThat(browser.text(By.id("messages"))).contains("est enregistrée");
        browser.driver().findElement(By.cssSelector("#subsidy-table th a")).click();
        browser.waitFor(By.id("schedule-table"));
        assertThat(browser.text(By.id("schedule-table"))).contains("Avance", "171 000 €", "Solde");
        browser.screenshot("subsidy-payments");
        browser.assertAccessible("subsidy and payments");
        assertThat(browser.fetch(browser.driver().findElement(By.id("letter-link")).getAttribute("href")).statusCode())
                .isEqualTo(200);

        // When the advance is paid
        browser.choose("payment:line", "1");
        browser.type("payment:amount", "171 000");
        browser.type("payment:reference", "MANDAT-" + year + "-0001");
        browser.submit("payment:submit");

        // Then it is listed, and the envelope shows what was committed (the payment is charged to the credits
        // of the year it was paid in, not to the envelope's)
        assertThat(browser.text(By.id("messages"))).contains("MANDAT-" + year + "-0001");
        assertThat(browser.text(By.id("subsidy-paid"))).isEqualTo("171 000 €");
        assertThat(browser.text(By.id("payment-table"))).contains("MANDAT-" + year + "-0001", "Avance");
        browser.go("funding/envelopes.xhtml?year=" + year);
        assertThat(browser.heading()).isEqualTo("Enveloppes budgétaires");
        assertThat(browser.text(By.cssSelector("tr[data-year='" + year + "']"))).contains("600 000 €", "570 000 €",
                "30 000 €");
        assertThat(browser.text(By.id("decision-table"))).contains("570 000 €");
        HttpResponse<byte[]> csv = browser.fetch(browser.driver().findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        browser.screenshot("envelopes-funding");
        browser.assertAccessible("envelopes");
    }

    @Test
    void theFundingOfficerReadsTheYearsClose() {
        // Given 2086's budgets and a grant of 150 000 € committed on them for a project in Calvados
        int year = 2086; // a year no other test class charges
        api.admin().body(Map.of("commitmentAuthorisations", 500_000, "paymentCredits", 500_000))
                .put("api/budgets/" + year + "/INVESTMENT").then().statusCode(200);
        api.admin().body(Map.of("commitmentAuthorisations", 500_000, "paymentCredits", 500_000))
                .put("api/budgets/" + year + "/OPERATING").then().statusCode(200);
        String project = api.register("14", "14118");
        api.walkTo(project, "subsidy-decision");
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 100_000, 50_000, year));

        // When the funding officer opens the year's close
        browser.signIn(FUNDING, PASSWORD);
        browser.go("funding/close.xhtml?year=" + year);

        // Then the commitments of the year show by kind, and what is left to pay by department
        assertThat(browser.heading()).isEqualTo("Clôture de l’exercice " + year);
        assertThat(browser.text(By.cssSelector("#close-figures tr[data-kind='INVESTMENT']"))).contains("100 000 €");
        assertThat(browser.text(By.cssSelector("#close-figures tr[data-kind='total']"))).contains("150 000 €");
        assertThat(browser.text(By.id("close-departments"))).contains("14", "150 000 €");
        browser.screenshot("year-close");
        browser.assertAccessible("year's close");
    }

    @Test
    void anAdministratorSetsAnEnvelopeAndPublishesANewVersionOfTheCriteria() {
        browser.signIn("admin", System.getProperty("it.admin.password"));
        browser.go("funding/envelopes.xhtml");
        browser.type("envelope:year", "2082"); // a year no other test class opens
        browser.type("envelope:amount", "-5");
        browser.waitForText(By.id("envelope:amount-message"), "négatif");
        browser.type("envelope:amount", "1 500 000");
        browser.submit("envelope:submit");
        assertThat(browser.text(By.id("messages"))).contains("L’enveloppe 2082 est ouverte.");
        // both budgets of the year at 1 500 000 €
        assertThat(browser.text(By.cssSelector("tr[data-year='2082']"))).contains("3 000 000 €");
        browser.screenshot("envelopes-admin");
        browser.assertAccessible("envelopes as administrator");

        browser.go("admin/criteria.xhtml");
        assertThat(browser.heading()).isEqualTo("Cahier des charges du label FNEP");
        int version = api.as(AUDITOR).get("api/criteria/current").then().extract().path("number");
        assertThat(browser.text(By.id("current-title"))).endsWith(String.valueOf(version));
        assertThat(browser.value("catalogue:themes:0:criteria:0:code")).isEqualTo("PROD-1");
        browser.screenshot("admin-criteria");
        browser.assertAccessible("criteria catalogue");
        browser.submit("catalogue:submit");
        assertThat(browser.text(By.id("catalogue:note-message"))).isEqualTo("Dites ce qui change dans cette version.");
        browser.type("catalogue:note", "Indications précisées pour l’auditeur.");
        browser.type("catalogue:themes:0:criteria:0:guidance", "Carnet de commandes, factures, visite de l’atelier.");
        browser.submit("catalogue:submit");
        assertThat(browser.text(By.id("messages"))).contains("La version " + (version + 1) + " du cahier des charges est publiée.");
        assertThat(api.as(AUDITOR).get("api/criteria/current").then().extract().jsonPath()
                .getString("themes[0].criteria[0].guidance")).isEqualTo("Carnet de commandes, factures, visite de l’atelier.");
    }
}

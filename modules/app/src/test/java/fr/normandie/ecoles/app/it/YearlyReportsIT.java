package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.PASSWORD;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static fr.normandie.ecoles.app.it.Api.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Yearly reporting by the school (issue 16) over REST on PostgreSQL and in Chromium: the school's carrier files its
 * results, which count only once the Region's staff validate them (or send them back with a reason, which the carrier
 * reads and answers); another carrier neither reads nor files them; a grant's balance waits for the school's
 * validated use-of-grant report; every refusal clean, nothing written.
 */
class YearlyReportsIT extends InTheBrowser {

    private static final String TODAY = StepForms.today().toString();
    /** A school year started long enough ago for any test day. */
    private static final int SCHOOL_YEAR = 2024;

    @Test
    void resultsFiledByTheSchoolCountOnlyOnceStaffValidateThem() throws SQLException {
        // Given a school and its carrier's account, with an address to be told at
        String school = school("2015-09-01");
        String carrier = carrierAccount(school);
        api.admin().body(Map.of("email", carrier + "@it.example")).put("api/accounts/" + carrier + "/email")
                .then().statusCode(204);

        // When the carrier files its results for a school year
        JsonPath filed = api.as(carrier).body(results(SCHOOL_YEAR, 6)).post("api/schools/" + school + "/reports/results")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("submittedBy", equalTo(carrier))
                .extract().jsonPath();

        // Then they do not count: not among the school's results, nor in its indicators
        api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200).body("size()", equalTo(0));
        assertThat(schoolIndicators(school)).isNullOrEmpty();

        // When staff send them back: a reason is required, a stale version refused, both writing nothing
        String sendBack = "api/schools/" + school + "/reports/results/" + SCHOOL_YEAR + "/return";
        long version = filed.getLong("version");
        api.as(STAFF).body(Map.of("version", version, "reason", "  ")).post(sendBack).then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        api.as(STAFF).body(Map.of("version", version + 7, "reason", "Les sortants ne font pas le compte."))
                .post(sendBack).then().statusCode(409);
        assertThat(stateOf(carrier, school, SCHOOL_YEAR)).isEqualTo("SUBMITTED");
        api.as(STAFF).body(Map.of("version", version, "reason", "Les sortants ne font pas le compte."))
                .post(sendBack).then().statusCode(200).body("state", equalTo("RETURNED"));

        // Then the carrier reads the reason and corrects its results on the version it read (a stale one refused)
        JsonPath mine = api.as(carrier).get("api/schools/" + school + "/reports").then().statusCode(200)
                .body("results[0].returnReason", equalTo("Les sortants ne font pas le compte.")).extract().jsonPath();
        long returned = mine.getLong("results[0].version");
        api.as(carrier).body(results(SCHOOL_YEAR, 7)).post("api/schools/" + school + "/reports/results")
                .then().statusCode(409);
        api.as(carrier).queryParam("version", version).body(results(SCHOOL_YEAR, 7))
                .post("api/schools/" + school + "/reports/results").then().statusCode(409);
        long corrected = api.as(carrier).queryParam("version", returned).body(results(SCHOOL_YEAR, 7))
                .post("api/schools/" + school + "/reports/results").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("results.leaversJob", equalTo(7)).extract().jsonPath()
                .getLong("version");

        // When staff validate them (a carrier may not)
        String validation = "api/schools/" + school + "/reports/results/" + SCHOOL_YEAR + "/validation";
        api.as(carrier).body(Map.of("version", corrected)).post(validation).then().statusCode(403);
        api.as(VIEWER).body(Map.of("version", corrected)).post(validation).then().statusCode(403);
        api.as(STAFF).body(Map.of("version", corrected)).post(validation).then().statusCode(200)
                .body("state", equalTo("VALIDATED")).body("validatedBy", equalTo(STAFF));

        // Then they count, and the carrier is told
        api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].leaversJob", equalTo(7));
        assertThat(schoolIndicators(school)).hasSize(1);
        assertThat(mailSubjects(carrier)).anyMatch(s -> s.startsWith("Compte rendu à corriger"))
                .anyMatch(s -> s.startsWith("Compte rendu validé"));

        // And the carrier can no longer change them, whatever version it names
        api.as(carrier).queryParam("version", corrected + 1).body(results(SCHOOL_YEAR, 1))
                .post("api/schools/" + school + "/reports/results").then().statusCode(409)
                .body("detail", containsString("validés par la Région"));
        api.as(VIEWER).get("api/schools/" + school + "/results").then().body("[0].leaversJob", equalTo(7));

        // And results entered by staff are validated at once, as before
        api.as(STAFF).body(results(SCHOOL_YEAR - 1, 5)).post("api/schools/" + school + "/results").then().statusCode(200);
        assertThat(stateOf(carrier, school, SCHOOL_YEAR - 1)).isEqualTo("VALIDATED");
    }

    @Test
    void anotherCarrierNeitherReadsNorFilesTheSchoolsReportsAndWritesNothing() {
        // Given two schools of two carriers, the first with a grant voted
        String school = school("2016-09-01");
        String other = carrierAccount(school("2017-09-01"));
        String mine = carrierAccount(school);
        String grant = votedGrant(school, 20_000);

        // When the other carrier reads or files the first school's reports: not found, nothing written
        api.as(other).get("api/schools/" + school + "/reports").then().statusCode(404);
        api.as(other).body(results(SCHOOL_YEAR, 6)).post("api/schools/" + school + "/reports/results")
                .then().statusCode(404);
        api.as(other).get("api/grants/" + grant + "/use-reports").then().statusCode(404);
        api.as(other).body(useReport(YEAR, 1_000)).post("api/grants/" + grant + "/use-reports").then().statusCode(404);
        api.as(other).body(results(SCHOOL_YEAR, 6)).post("api/schools/" + UUID.randomUUID() + "/reports/results")
                .then().statusCode(404);
        api.as(STAFF).get("api/schools/" + school + "/reports").then().statusCode(200)
                .body("results.size()", equalTo(0)).body("grants[0].reports.size()", equalTo(0));

        // And the Region's paths stay closed to carriers, their own school's included
        api.as(mine).body(results(SCHOOL_YEAR, 6)).post("api/schools/" + school + "/results").then().statusCode(403);
        api.as(mine).get("api/schools/" + school + "/results").then().statusCode(403);
        api.as(mine).body(Map.of("version", 0)).post("api/grants/" + grant + "/use-reports/" + YEAR + "/validation")
                .then().statusCode(403);
        // and the Region's staff do not file a school's results for validation: they record them
        api.as(STAFF).body(results(SCHOOL_YEAR, 6)).post("api/schools/" + school + "/reports/results")
                .then().statusCode(403);

        // When its own carrier sends what cannot be read or does not hold: clean refusals, nothing written
        api.as(mine).body("{\"schoolYear\": \"deux mille\"}").post("api/schools/" + school + "/reports/results")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> tooMany = results(SCHOOL_YEAR, 6);
        tooMany.put("pupilsUnder16", 1_001);
        api.as(mine).body(tooMany).post("api/schools/" + school + "/reports/results").then().statusCode(422)
                .body("errors.field", hasItem("pupilsUnder16"));
        api.as(mine).body(results(2099, 6)).post("api/schools/" + school + "/reports/results").then().statusCode(422)
                .body("errors.field", hasItem("schoolYear"));
        api.as(mine).queryParam("version", "abc").body(results(SCHOOL_YEAR, 6))
                .post("api/schools/" + school + "/reports/results").then().statusCode(422)
                .body("errors.field", hasItem("version"));
        Map<String, Object> huge = useReport(YEAR, 1_000);
        huge.put("staff", new java.math.BigDecimal("100000000.01"));
        api.as(mine).body(huge).post("api/grants/" + grant + "/use-reports").then().statusCode(422)
                .body("errors.field", hasItem("staff"));
        Map<String, Object> negative = useReport(YEAR, 1_000);
        negative.put("other", -1);
        api.as(mine).body(negative).post("api/grants/" + grant + "/use-reports").then().statusCode(422)
                .body("errors.field", hasItem("other"));
        api.as(mine).body(useReport(YEAR + 1, 1_000)).post("api/grants/" + grant + "/use-reports").then()
                .statusCode(422).body("errors.field", hasItem("year"));
        api.as(STAFF).body(Map.of("version", 0)).post("api/schools/" + school + "/reports/results/deux/validation")
                .then().statusCode(422);
        api.as(mine).get("api/schools/" + school + "/reports").then().statusCode(200)
                .body("results.size()", equalTo(0)).body("grants[0].reports.size()", equalTo(0));
    }

    @Test
    void theBalanceIsPaidOnlyOnceTheSchoolsUseOfGrantReportIsValidated() {
        // Given a grant to an open school paid up to its balance, the officer's use report step done
        String school = school("2013-09-02");
        String carrier = carrierAccount(school);
        String grant = votedGrant(school, 20_000);
        step(grant, "grant-payment", payment(16_000, "MANDAT-R1")).then().statusCode(200)
                .body("step", equalTo("grant-use-report"));
        step(grant, "grant-use-report", Map.of("receivedOn", TODAY, "spent", 20_000, "justified", true))
                .then().statusCode(200).body("step", equalTo("grant-balance"));

        // When the balance is asked before any report: refused, naming the report, nothing written
        step(grant, "grant-balance", payment(4_000, "MANDAT-R2")).then().statusCode(409)
                .body("detail", startsWith("Le solde ne peut être versé avant la validation du compte rendu "
                        + "d'utilisation de la subvention pour l'année " + YEAR));
        api.as(VIEWER).get("api/grants/" + grant).then().body("grant.summary.paid", equalTo(16_000.0f))
                .body("step", equalTo("grant-balance"));

        // When the school files its report: still refused while it is not validated
        long filed = api.as(carrier).body(useReport(YEAR, 19_000)).post("api/grants/" + grant + "/use-reports")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("total", equalTo(19_500.0f))
                .extract().jsonPath().getLong("version");
        step(grant, "grant-balance", payment(4_000, "MANDAT-R2")).then().statusCode(409);

        // And sent back (only by a funding officer, with a reason), corrected, validated
        String reports = "api/grants/" + grant + "/use-reports/" + YEAR;
        api.as(STAFF).body(Map.of("version", filed, "reason", "Manque le détail.")).post(reports + "/return")
                .then().statusCode(403);
        api.as(FUNDING).body(Map.of("version", filed, "reason", "Les loyers manquent.")).post(reports + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        api.as(carrier).get("api/grants/" + grant + "/use-reports").then().statusCode(200)
                .body("[0].returnReason", equalTo("Les loyers manquent."));
        long returned = api.as(carrier).get("api/schools/" + school + "/reports").then().statusCode(200)
                .extract().jsonPath().getLong("grants[0].reports[0].version");
        Map<String, Object> corrected = useReport(YEAR, 16_500);
        corrected.put("premises", 3_000);
        long resubmitted = api.as(carrier).queryParam("version", returned).body(corrected)
                .post("api/grants/" + grant + "/use-reports").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("total", equalTo(20_000.0f)).extract().jsonPath()
                .getLong("version");
        step(grant, "grant-balance", payment(4_000, "MANDAT-R2")).then().statusCode(409);
        api.as(FUNDING).body(Map.of("version", resubmitted)).post(reports + "/validation").then().statusCode(200)
                .body("state", equalTo("VALIDATED"));

        // Then the balance is paid
        step(grant, "grant-balance", payment(4_000, "MANDAT-R2")).then().statusCode(200)
                .body("grant.summary.status", equalTo("PAID")).body("grant.summary.paid", equalTo(20_000.0f));
        // and the validated report can no longer be changed by the school
        api.as(carrier).queryParam("version", resubmitted + 1).body(useReport(YEAR, 1))
                .post("api/grants/" + grant + "/use-reports").then().statusCode(409);
    }

    @Test
    void theCarrierFilesItsYearlyResultsOnItsReportsPage() {
        // Given a school and its carrier's account
        String name = "École des comptes rendus " + UUID.randomUUID().toString().substring(0, 8);
        String school = school(name, "2018-09-03");
        String carrier = carrierAccount(school);

        // When the carrier signs in on its reports page, which lists its schools
        browser.go("carrier/reports.xhtml");
        browser.type("signIn:username", carrier);
        browser.type("signIn:password", PASSWORD);
        browser.click("signIn:submit");
        browser.waitFor(By.id("schools"));
        assertThat(browser.text(By.id("schools"))).contains(name);
        browser.assertAccessible("carrier/reports.xhtml, its schools");
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitFor(By.id("results:schoolYear"));
        assertThat(browser.heading()).contains(name);
        browser.assertAccessible("carrier/reports.xhtml of a school");

        // And files a year whose leavers do not hold together: the refusal shows next to the fields
        browser.type("results:schoolYear", String.valueOf(SCHOOL_YEAR));
        browser.type("results:pupilsUnder16", "2");
        browser.type("results:pupils16To18", "18");
        browser.type("results:pupilsOver18", "4");
        browser.type("results:referredByMissionLocale", "15");
        browser.type("results:diplomas:0:presented", "10");
        browser.type("results:diplomas:0:passed", "12");
        browser.type("results:leaversJob", "6");
        browser.type("results:leaversApprenticeship", "3");
        browser.type("results:leaversFurtherStudy", "2");
        browser.type("results:leaversOther", "1");
        browser.submit("results:submit");
        assertThat(browser.text(By.tagName("body"))).contains("Il ne peut y avoir plus de reçus");
        browser.assertAccessible("carrier/reports.xhtml with a refusal");
        browser.screenshot("carrier-reports-refused");

        // Then, corrected, its results are filed and wait for the Region
        browser.type("results:diplomas:0:passed", "9");
        browser.submit("results:submit");
        browser.waitFor(By.id("results-reports"));
        assertThat(browser.text(By.id("results-reports"))).contains(SCHOOL_YEAR + "-" + (SCHOOL_YEAR + 1))
                .contains("Déposé, en attente de validation");
        browser.assertAccessible("carrier/reports.xhtml with a year filed");
        browser.screenshot("carrier-reports-filed");
        assertThat(stateOf(carrier, school, SCHOOL_YEAR)).isEqualTo("SUBMITTED");
        api.as(VIEWER).get("api/schools/" + school + "/results").then().body("size()", equalTo(0));

        // And another carrier's school is a missing page
        String foreign = school("2019-09-02");
        browser.go("carrier/reports.xhtml?school=" + foreign);
        assertThat(browser.driver().getPageSource()).doesNotContain("results:schoolYear");

        // When staff open the school's results page: the year waits there, sent back only with a reason
        browser.signOut();
        browser.signIn(STAFF, PASSWORD);
        browser.go("schools/results.xhtml?id=" + school);
        assertThat(browser.text(By.id("submitted-title"))).contains("à valider");
        browser.assertAccessible("schools/results.xhtml with results to validate");
        browser.submit("decisions:submitted:0:sendBack");
        assertThat(browser.text(By.tagName("body"))).contains("pourquoi son compte rendu lui est renvoyé");
        assertThat(stateOf(carrier, school, SCHOOL_YEAR)).isEqualTo("SUBMITTED");
        browser.type("decisions:submitted:0:reason", "Le CAP compte dix reçus selon le rectorat.");
        browser.submit("decisions:submitted:0:sendBack");
        browser.screenshot("staff-results-sent-back");

        // Then the carrier's page shows the reason
        assertThat(stateOf(carrier, school, SCHOOL_YEAR)).isEqualTo("RETURNED");
        browser.signOut();
        browser.go("carrier/reports.xhtml?school=" + school);
        browser.type("signIn:username", carrier);
        browser.type("signIn:password", PASSWORD);
        browser.click("signIn:submit");
        browser.waitFor(By.id("results-reports"));
        assertThat(browser.text(By.id("results-reports"))).contains("Renvoyé pour correction")
                .contains("Le CAP compte dix reçus selon le rectorat.");
        browser.assertAccessible("carrier/reports.xhtml with a year sent back");
    }

    private String school(String openedOn) {
        return school("École des rapports " + UUID.randomUUID(), openedOn);
    }

    /** A school of a carrier of its own (named after the school). */
    private String school(String name, String openedOn) {
        return api.as(STAFF).body(Map.of("name", name, "carrier", "Association " + name, "departmentCode", "27",
                        "communeCode", "27681", "trades", List.of("Usinage"), "openedOn", openedOn, "capacity", 24))
                .post("api/schools").then().statusCode(201).extract().path("id");
    }

    /** Opens an account for the school's carrier, as an administrator does until invitations exist. */
    private String carrierAccount(String school) {
        String carrierId = api.as(VIEWER).get("api/schools/" + school).then().statusCode(200).extract().path("carrierId");
        String username = "it-carrier-" + UUID.randomUUID().toString().substring(0, 8);
        api.admin().body(Map.of("username", username, "password", PASSWORD, "fullName", "Porteur " + username,
                "roles", List.of("CARRIER"), "carrier", carrierId)).post("api/accounts").then().statusCode(201);
        return username;
    }

    /** A yearly operating grant below the agreement threshold, requested, instructed and voted: it waits for payment. */
    private String votedGrant(String school, long amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("school", school);
        form.put("kind", "OPERATING");
        form.put("firstYear", YEAR);
        form.put("amounts", List.of(amount));
        form.put("expenses", 200_000);
        form.put("workshopSales", 70_000);
        form.put("otherFunders", 30_000);
        form.put("apprenticeshipTax", 10_000);
        form.put("purpose", "Fonctionnement de l'école pour l'année " + YEAR + ".");
        String grant = api.as(FUNDING).body(form).post("api/grants").then().statusCode(201)
                .extract().path("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(amount)))
                .then().statusCode(200);
        step(grant, "grant-vote", Map.of("granted", true, "votedOn", TODAY, "deliberation", "CP-" + YEAR + "-R",
                "amounts", List.of(amount), "justification", "")).then().statusCode(200)
                .body("step", equalTo("grant-payment"));
        return grant;
    }

    private Response step(String grant, String step, Map<String, Object> form) {
        return api.as(FUNDING).body(form).post("api/grants/" + grant + "/steps/" + step);
    }

    private static Map<String, Object> payment(long amount, String reference) {
        return Map.of("year", YEAR, "amount", amount, "paidOn", TODAY, "reference", reference);
    }

    private static Map<String, Object> useReport(int year, long staff) {
        return new HashMap<>(Map.of("year", year, "staff", staff, "supplies", 500, "equipment", 0, "premises", 0,
                "other", 0, "summary", "Salaires des maîtres professionnels et matières d'œuvre."));
    }

    /** 24 pupils (2, 18, 4), 15 referred, CAP 10/9, 12 leavers (jobs, 3, 2, the rest). */
    private static Map<String, Object> results(int schoolYear, int leaversJob) {
        Map<String, Object> body = new HashMap<>(Map.of("schoolYear", schoolYear, "pupilsUnder16", 2,
                "pupils16To18", 18, "pupilsOver18", 4, "referredByMissionLocale", 15, "leaversJob", leaversJob,
                "leaversApprenticeship", 3, "leaversFurtherStudy", 2, "leaversOther", 1));
        body.put("diplomas", List.of(Map.of("diploma", "CAP", "presented", 10, "passed", 9)));
        return body;
    }

    private String stateOf(String carrier, String school, int schoolYear) {
        return api.as(carrier).get("api/schools/" + school + "/reports").then().statusCode(200).extract().jsonPath()
                .getString("results.find { it.schoolYear == " + schoolYear + " }.state");
    }

    private List<Object> schoolIndicators(String school) {
        return api.as(VIEWER).get("api/results/indicators").then().statusCode(200).extract().jsonPath()
                .getList("schools.'" + school + "'");
    }

    /** The mails queued for a person, by subject. */
    private static List<String> mailSubjects(String person) throws SQLException {
        try (Connection db = EngineTables.open();
             PreparedStatement query = db.prepareStatement("select subject from notifications.mail where recipient = ?")) {
            query.setString(1, person);
            try (ResultSet rows = query.executeQuery()) {
                List<String> subjects = new java.util.ArrayList<>();
                while (rows.next()) {
                    subjects.add(rows.getString(1));
                }
                return subjects;
            }
        }
    }
}

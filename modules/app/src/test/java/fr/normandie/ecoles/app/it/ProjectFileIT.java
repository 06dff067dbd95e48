package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The project's whole file, the schools registry, yearly results, targets, coverage and exports, over REST. */
class ProjectFileIT extends DeployedApplication {

    @Test
    void keepsTheCarrierAndEveryStepsDetailsInTheProjectFile() {
        Map<String, Object> registration = new HashMap<>(Api.registration("École du Bocage " + UUID.randomUUID(),
                "61", "61169"));
        registration.putAll(Map.of("carrierLegalForm", "Association loi 1901", "carrierNonProfit", true,
                "carrierSiren", "200035814", "diplomas", List.of("CAP", "BAC_PRO"), "familyContribution", 150));
        String id = api.as(STAFF).body(registration).post("api/projects").then().statusCode(201)
                .body("epciName", equalTo("CA Flers Agglo")).body("diplomas", equalTo(List.of("CAP", "BAC_PRO")))
                .extract().path("id");

        api.step(STAFF, id, "territorial-backing", Map.of("sufficient", true, "backers", List.of(
                Map.of("name", "Flers Agglo", "kind", "INTERCOMMUNALITY", "siren", "200035814",
                        "commitment", "Met un bâtiment à disposition", "letterDate", StepForms.today().toString()),
                Map.of("name", "Mission Locale du Bocage", "kind", "MISSION_LOCALE"))));
        api.step(STAFF, id, "opportunity-study", Map.of("conclusion", "FAVOURABLE", "partnerFirms", List.of("Normandie Usinage"),
                "summary", "Besoins avérés", "author", "Cabinet Étude & Territoire", "studyDate", StepForms.today().toString(),
                "recruitmentNeeds", "40 usineurs par an", "outlets", "Sous-traitance locale", "conclusionReasons", "Tissu industriel dense"));
        api.step(STAFF, id, "insertion-commitment", Map.of("secured", true, "partnerFirms", List.of("Normandie Usinage"),
                "targetInsertionRate", 80, "missionLocaleAgreement", true, "missionLocale", "Mission Locale du Bocage",
                "commitments", List.of(Map.of("firm", "Normandie Usinage", "kind", "APPRENTICESHIP", "places", 4))));

        JsonPath file = api.as(VIEWER).get("api/projects/" + id + "/file").then().statusCode(200).extract().jsonPath();
        assertThat(file.getString("project.carrierSiren")).isEqualTo("200035814");
        assertThat(file.getBoolean("backings[0].usualMinimumMet")).isFalse(); // no firm nor branch among the backers
        assertThat(file.getString("backings[0].backers[0].commitment")).isEqualTo("Met un bâtiment à disposition");
        assertThat(file.getString("studies[0].data.author")).isEqualTo("Cabinet Étude & Territoire");
        assertThat(file.getString("studies[0].recordedBy")).isEqualTo(STAFF);
        assertThat(file.getInt("insertions[0].data.commitments[0].places")).isEqualTo(4);
        assertThat(file.getString("insertions[0].data.missionLocale")).isEqualTo("Mission Locale du Bocage");
    }

    @Test
    void refusesAnInvalidSirenAForProfitCarrierAndAnOpeningBeforeTheSubsidyButTakesAnEarlierStudy() {
        Map<String, Object> registration = new HashMap<>(Api.registration("Mauvais SIREN", "61", "61169"));
        registration.put("carrierSiren", "200035815");
        registration.put("carrierNonProfit", false);
        api.as(STAFF).body(registration).post("api/projects").then().statusCode(422)
                .body("errors.field", equalTo(List.of("carrierNonProfit", "carrierSiren")));

        String id = api.register("14", "14118");
        api.walkTo(id, "opportunity-study");
        // studies usually come before the registration: one dated a year before it is taken
        Map<String, Object> studyBeforeRegistration = new HashMap<>(Api.study("FAVOURABLE"));
        studyBeforeRegistration.put("studyDate", StepForms.today().minusYears(1).toString());
        api.step(STAFF, id, "opportunity-study", studyBeforeRegistration);
        api.as(VIEWER).get("api/projects/" + id + "/file").then().statusCode(200)
                .body("studies[0].data.studyDate", equalTo(StepForms.today().minusYears(1).toString()));

        api.walkTo(id, "opening");
        api.complete(STAFF, api.task(STAFF, id, "opening"), Map.of("openedOn", StepForms.today().minusDays(3).toString(),
                "pupils", 10)).then().statusCode(422).body("errors.field", equalTo(List.of("openedOn")));
        api.project(id).then().body("status", equalTo("IN_PROGRESS")).body("currentSteps", equalTo(List.of("opening")));
    }

    @Test
    void registersOlderSchoolsWithTheirStateRecognitionAndYearlyResults() {
        String name = "École historique " + UUID.randomUUID();
        String school = api.as(STAFF).body(Map.of("name", name, "carrier", "Association historique",
                        "departmentCode", "27", "communeCode", "27681", "trades", List.of("Chaudronnerie"),
                        "openedOn", "2015-01-05", "capacity", 24))
                .post("api/schools").then().statusCode(201).extract().path("id");

        api.as(STAFF).body(Map.of("arreteDate", "2019-06-18", "reference", "NOR MENE1916000A"))
                .put("api/schools/" + school + "/recognition").then().statusCode(200)
                .body("recognisedOn", equalTo("2019-06-18"));
        api.as(STAFF).body(results(2023, 24, 10, 6, 2, 3, 1)).post("api/schools/" + school + "/results")
                .then().statusCode(200).body("pupils", equalTo(24));
        api.as(STAFF).body(results(2023, 24, 30, 6, 2, 3, 1)).post("api/schools/" + school + "/results")
                .then().statusCode(422).body("errors.field", equalTo(List.of("diplomas[0].presented")));
        api.as(VIEWER).body(results(2024, 20, 10, 6, 2, 3, 1)).post("api/schools/" + school + "/results")
                .then().statusCode(403);

        api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200)
                .body("schoolYear", equalTo(List.of(2023))).body("diplomasPassed", equalTo(List.of(10)));
    }

    @Test
    void anAdministratorDefinesTargetsAndCoverageIsComputedForAnyDate() {
        api.as(STAFF).body(Map.of("name", "x", "deadline", "2040-12-31", "minimumPerDepartment", 1))
                .post("api/targets").then().statusCode(403);
        api.as("admin", System.getProperty("it.admin.password"))
                .body(Map.of("name", "", "deadline", "2040-12-31", "minimumPerDepartment", 0))
                .post("api/targets").then().statusCode(422).body("errors.field", equalTo(List.of("minimumPerDepartment", "name")));
        long target = api.as("admin", System.getProperty("it.admin.password"))
                .body(Map.of("name", "Cinquante écoles par département en 2040", "deadline", "2040-12-31",
                        "minimumPerDepartment", 50))
                .post("api/targets").then().statusCode(201).extract().jsonPath().getLong("id");

        // (the suite's other classes register many projects in some departments: the rule, not a fixed answer)
        List<Map<String, Object>> coverage = api.as(VIEWER).queryParam("target", target).get("api/coverage").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(coverage).hasSize(5).allSatisfy(department -> assertThat(department.get("status")).isEqualTo(
                (Integer) department.get("openSchools") + (Integer) department.get("projectsExpectedInTime") >= 50
                        ? "ON_TRACK" : "AT_RISK"));
        assertThat(coverage).anySatisfy(department -> assertThat(department.get("status")).isEqualTo("AT_RISK"));
        api.as(VIEWER).queryParam("target", target).queryParam("asOf", "2041-01-01").get("api/coverage")
                .then().body("status", equalTo(List.of("MISSED", "MISSED", "MISSED", "MISSED", "MISSED")));
        api.as(VIEWER).queryParam("asOf", "31/12/2021").get("api/coverage").then().statusCode(400);
        api.as(VIEWER).get("api/targets").then().body("name", hasItem("Cinquante écoles par département en 2040"));
    }

    @Test
    void exportsProjectsAsCsvAndSchoolsAsASpreadsheetWithFrenchHeaders() throws Exception {
        String name = "École exportée " + UUID.randomUUID();
        api.register("76", "76540", name);

        String csv = new String(api.as(VIEWER).get("api/exports/projects.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)))) {
            assertThat(parser.getHeaderNames()).startsWith("Identifiant", "Nom", "Porteur");
            CSVRecord row = parser.getRecords().stream().filter(r -> r.get("Nom").equals(name)).findFirst().orElseThrow();
            assertThat(row.get("Commune")).isEqualTo("Rouen");
            assertThat(row.get("Statut")).isEqualTo("En cours");
            assertThat(row.get("Étapes en cours")).isEqualTo("territorial-backing");
        }

        byte[] xlsx = api.as(VIEWER).get("api/exports/coverage.xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Département");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(1)).collect(Collectors.toList()))
                    .containsExactly("Calvados", "Eure", "Manche", "Orne", "Seine-Maritime");
        }
        api.as(VIEWER).get("api/exports/secrets.csv").then().statusCode(404);
    }

    private static Map<String, Object> results(int year, int pupils, int diplomas, int job, int study, int apprenticeship,
                                               int other) {
        return Map.of("schoolYear", year, "pupilsUnder16", 0, "pupils16To18", pupils, "pupilsOver18", 0,
                "referredByMissionLocale", 0, "diplomas", List.of(Map.of("diploma", "CAP", "presented", diplomas,
                        "passed", diplomas)), "leaversJob", job, "leaversFurtherStudy", study,
                "leaversApprenticeship", apprenticeship, "leaversOther", other);
    }
}

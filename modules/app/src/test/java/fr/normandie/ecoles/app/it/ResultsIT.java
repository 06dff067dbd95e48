package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.app.demo.DemoResults;
import fr.normandie.ecoles.schools.YearlyResults;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Yearly results entered and refused over REST, the indicators computed from them (the demonstration's
 * results against a hand computation), and the CREFOP report read back and turned into pictures.
 */
class ResultsIT extends DeployedApplication {

    /** The demonstration schools (DemoData's names, with a suffix), registered once for the class. */
    private static Map<String, String> demonstrationSchools;

    @Test
    void staffRecordAYearsResultsAndEveryRefusalWritesNothing() {
        String school = school("École des résultats " + UUID.randomUUID(), "76", "76540", "2020-09-01");
        Map<String, Object> valid = results(2023);
        api.as(STAFF).body(valid).post("api/schools/" + school + "/results").then().statusCode(200)
                .body("pupils", equalTo(24)).body("diplomasPassed", equalTo(11))
                .body("diplomas.diploma", equalTo(List.of("CAP", "TITRE_PRO")));
        String stored = api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200).extract().asString();

        refused(school, with(valid, "pupilsUnder16", -1), 422, "pupilsUnder16");
        refused(school, with(valid, "leaversJob", 1001), 422, "leaversJob");
        refused(school, with(valid, "leaversOther", 2_147_483_648L), 400, "leaversOther");
        refused(school, with(valid, "diplomas", List.of(Map.of("diploma", "CAP", "presented", 10, "passed", 11))),
                422, "diplomas[0].passed");
        refused(school, with(valid, "pupils", 30), 422, "pupils");
        refused(school, with(valid, "referredByMissionLocale", 25), 422, "referredByMissionLocale");
        refused(school, with(valid, "leaversOther", 14), 422, "leavers");
        refused(school, with(valid, "schoolYear", 2019), 422, "schoolYear");
        refused(school, with(valid, "pupils16To18", null), 422, "pupils16To18");
        for (String other : List.of(VIEWER, AUDITOR, FUNDING)) {
            api.as(other).body(with(valid, "leaversJob", 1)).post("api/schools/" + school + "/results").then()
                    .statusCode(403).contentType("application/problem+json");
        }
        api.as(STAFF).body(valid).post("api/schools/" + UUID.randomUUID() + "/results").then().statusCode(404);

        assertThat(api.as(VIEWER).get("api/schools/" + school + "/results").then().statusCode(200).extract().asString())
                .as("nothing refused was written").isEqualTo(stored);
        api.as(STAFF).body(with(valid, "leaversJob", 5)).post("api/schools/" + school + "/results").then()
                .statusCode(200).body("leaversJob", equalTo(5));
        api.as(VIEWER).get("api/schools/" + school + "/results").then().body("size()", equalTo(1));
    }

    @Test
    void theDemonstrationIndicatorsMatchAHandComputation() {
        JsonPath before = indicators();
        Map<String, String> schools = demonstrationSchools();
        JsonPath after = indicators();

        // 2024-2025, by hand from DemoResults: pupils 24+24+16+12+16+16; leavers 12+13+8+6+8+6 = 53, of whom
        // in a job 5+4+2+2+3+2 = 18, in work-study 6+7+5+3+4+3 = 28, in further study 1+2+1+1+0+1 = 6, other 1
        assertThat(grown(before, after, "region", 2024, "pupils")).isEqualTo(108);
        assertThat(grown(before, after, "region", 2024, "leavers")).isEqualTo(53);
        assertThat(rate(before, after, "region", 2024, "insertionOrFurtherStudy")).containsExactly(52L, 53L);
        assertThat(Math.round(100d * 52 / 53)).isEqualTo(98);
        assertThat(rate(before, after, "region", 2024, "workStudy")).containsExactly(28L, 53L); // 53 %
        assertThat(rate(before, after, "region", 2024, "referredByMissionLocale")).containsExactly(78L, 108L); // 72 %
        // CAP: 12/12 + 10/10 + 7/7 + 6/6 + 7/8; titre professionnel: 2/2 (Valognes) + 5/6 (Flers)
        assertThat(rate(before, after, "region", 2024, "passRates.CAP")).containsExactly(42L, 43L); // 98 %
        assertThat(rate(before, after, "region", 2024, "passRates.TITRE_PRO")).containsExactly(7L, 8L); // 88 %
        assertThat(rate(before, after, "region", 2024, "passRates.BAC_PRO")).containsExactly(3L, 3L);
        // 2022-2023: leavers 11+10+7+5+6 = 39: 14 in a job, 19 in work-study, 5 in further study, 1 other
        assertThat(rate(before, after, "region", 2022, "insertionOrFurtherStudy")).containsExactly(38L, 39L); // 97 %
        assertThat(rate(before, after, "region", 2022, "workStudy")).containsExactly(19L, 39L); // 49 %
        // 2023-2024: leavers 11+12+8+6+7+3 = 47: 16 + 24 + 4, 3 other
        assertThat(rate(before, after, "region", 2023, "insertionOrFurtherStudy")).containsExactly(44L, 47L); // 94 %
        assertThat(rate(before, after, "region", 2023, "workStudy")).containsExactly(24L, 47L); // 51 %
        // Eure 2024-2025: Usin'Eure and les Semeurs, 13 + 6 leavers, none "other", 7 + 3 in work-study
        assertThat(rate(before, after, "departments.27", 2024, "insertionOrFurtherStudy")).containsExactly(19L, 19L);
        assertThat(rate(before, after, "departments.27", 2024, "workStudy")).containsExactly(10L, 19L);

        // a school's own series, percentages as the API gives them: Flers, its first year (3 leavers: 1, 1, 0, 1)
        String flers = "schools.'" + schools.get("École de production de Flers") + "'";
        assertThat(after.getList(flers + ".schoolYear", Integer.class)).containsExactly(2023, 2024);
        assertThat(after.getInt(flers + "[0].insertionOrFurtherStudy.percent")).isEqualTo(67);
        assertThat(after.getInt(flers + "[0].workStudy.percent")).isEqualTo(33);
        assertThat(after.getInt(flers + "[1].passRates.TITRE_PRO.percent")).isEqualTo(83);
        String caen = "schools.'" + schools.get("École de production de Caen") + "'";
        assertThat(after.getInt(caen + "[2].insertionOrFurtherStudy.percent")).isEqualTo(88); // 7 of 8
        assertThat(after.getInt(caen + "[2].pupilsUnder16")).isEqualTo(1);
    }

    @Test
    void theCrefopReportTellsTheRegionAndEachDepartmentsStory() throws IOException {
        demonstrationSchools();
        for (String reader : List.of(VIEWER, STAFF)) {
            api.as(reader).accept("application/pdf").get("api/reports/crefop.pdf?asOf=2025-06-30").then().statusCode(200)
                    .contentType("application/pdf");
        }
        byte[] pdf = api.as(VIEWER).accept("application/pdf").get("api/reports/crefop.pdf?asOf=2025-06-30").then().statusCode(200)
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            String summary = page(document, 1);
            assertThat(summary).contains("Les écoles de production en Normandie", "situation au 30 juin 2025",
                    "au moins 1 école(s) de production dans chacun des cinq départements au 31 décembre 2021",
                    "Résultats des écoles au fil des années (région)", "2024-2025", "Orne", "Objectif manqué");
            String orne = page(document, 5);
            assertThat(orne).contains("Orne (61)", "Objectif manqué",
                    "aucune école ouverte au 31 décembre 2021",
                    "Première école : École de production de Flers", "ouverte en septembre 2023, après l'échéance",
                    "2023-2024", "67 %");
            assertThat(page(document, 2)).contains("Calvados (14)", "Objectif atteint le 1 septembre 2021");
            assertThat(page(document, 3)).contains("Eure (27)", "Usin'Eure", "octobre 2018");

            Path pictures = Path.of("target", "crefop");
            Files.createDirectories(pictures);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 80), "png", pictures.resolve("page-" + (i + 1) + ".png").toFile());
            }
        }
        api.as(VIEWER).accept("application/pdf, application/problem+json").get("api/reports/crefop.pdf?asOf=demain")
                .then().statusCode(400);
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private void refused(String school, Map<String, Object> body, int status, String field) {
        api.as(STAFF).body(body).post("api/schools/" + school + "/results").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private JsonPath indicators() {
        return api.as(VIEWER).get("api/results/indicators").then().statusCode(200).extract().jsonPath();
    }

    /** How much a count of a year grew between two readings (a series without that year counts 0). */
    private static long grown(JsonPath before, JsonPath after, String series, int year, String count) {
        return value(after, series, year, count) - value(before, series, year, count);
    }

    private static List<Long> rate(JsonPath before, JsonPath after, String series, int year, String rate) {
        return List.of(grown(before, after, series, year, rate + ".part"), grown(before, after, series, year, rate + ".whole"));
    }

    private static long value(JsonPath indicators, String series, int year, String path) {
        Object found = indicators.get(series + ".find { it.schoolYear == " + year + " }." + path);
        return found == null ? 0 : ((Number) found).longValue();
    }

    private Map<String, String> demonstrationSchools() {
        if (demonstrationSchools == null) {
            String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("École de production de Petit-Quevilly", school("École de production de Petit-Quevilly" + suffix,
                    "76", "76498", "2014-09-01"));
            ids.put("Usin'Eure", school("Usin'Eure" + suffix, "27", "27229", "2018-10-01"));
            ids.put("École d'usinage du Cotentin", school("École d'usinage du Cotentin" + suffix, "50", "50615", "2020-01-06"));
            ids.put("École des Semeurs", school("École des Semeurs" + suffix, "27", "27049", "2020-09-01"));
            ids.put("École de production de Caen", school("École de production de Caen" + suffix, "14", "14118", "2021-09-01"));
            ids.put("École de production de Flers", school("École de production de Flers" + suffix, "61", "61169", "2023-09-01"));
            for (DemoResults.Row row : DemoResults.ROWS) {
                api.as(STAFF).body(body(row.results())).post("api/schools/" + ids.get(row.school()) + "/results")
                        .then().statusCode(200);
            }
            demonstrationSchools = ids;
        }
        return demonstrationSchools;
    }

    private String school(String name, String department, String commune, String openedOn) {
        return api.as(STAFF).body(Map.of("name", name, "carrier", "Association " + name, "departmentCode", department,
                        "communeCode", commune, "trades", List.of("Usinage"), "openedOn", openedOn, "capacity", 24))
                .post("api/schools").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> body(YearlyResults r) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolYear", r.schoolYear());
        body.put("pupilsUnder16", r.pupilsUnder16());
        body.put("pupils16To18", r.pupils16To18());
        body.put("pupilsOver18", r.pupilsOver18());
        body.put("referredByMissionLocale", r.referredByMissionLocale());
        body.put("diplomas", r.diplomas().stream().map(d -> Map.of("diploma", d.diploma().name(),
                "presented", d.presented(), "passed", d.passed())).toList());
        body.put("leaversJob", r.leaversJob());
        body.put("leaversApprenticeship", r.leaversApprenticeship());
        body.put("leaversFurtherStudy", r.leaversFurtherStudy());
        body.put("leaversOther", r.leaversOther());
        return body;
    }

    /** 24 pupils (2, 18, 4), 15 referred, CAP 10/9 and titre pro 3/2, 12 leavers (6, 3, 2, 1). */
    private static Map<String, Object> results(int year) {
        Map<String, Object> body = new HashMap<>(Map.of("schoolYear", year, "pupilsUnder16", 2, "pupils16To18", 18,
                "pupilsOver18", 4, "referredByMissionLocale", 15, "leaversJob", 6, "leaversApprenticeship", 3,
                "leaversFurtherStudy", 2, "leaversOther", 1));
        body.put("diplomas", List.of(Map.of("diploma", "CAP", "presented", 10, "passed", 9),
                Map.of("diploma", "TITRE_PRO", "presented", 3, "passed", 2)));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}

package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Regional subsidies over REST on PostgreSQL: envelopes, decisions that never overspend them (even when
 * many race for the last euros), schedules and payments that never exceed the grant, the co-financing
 * rule, the notification letter and the exports, each read back.
 */
class SubsidyIT extends DeployedApplication {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> STEPS_BEFORE_SUBSIDY = List.of("territorial-backing", "opportunity-study",
            "insertion-commitment", "label-audit");

    @Test
    void aGrantIsCommittedAgainstItsEnvelopeThenPaidByItsSchedule() throws Exception {
        // Given an envelope of 1.5 M€ and a project at the subsidy step
        int year = 2090;
        api.openEnvelope(year, 1_500_000).then().statusCode(201).body("committed", equalTo(0.0f));
        String project = projectAtSubsidyStep();

        // When the standing committee grants 350 k€ of investment and 150 k€ of operation, co-financed
        Map<String, Object> form = Api.subsidy("GRANTED", 350_000, 150_000, year);
        form.put("coFinancers", List.of(Map.of("funder", "Fondation Meyer", "programme", "FOUNDATION",
                "line", "INVESTMENT", "amount", 200_000)));
        form.put("conditions", "Recruter deux maîtres professionnels avant l'ouverture.");
        api.step(FUNDING, project, "subsidy-decision", form);

        // Then the envelope carries it (the year's two budgets, 1.5 M€ each, added up), and the decision holds
        // its shares and a default schedule
        api.as(VIEWER).get("api/envelopes/" + year).then().statusCode(200)
                .body("committed", equalTo(500_000.0f)).body("remaining", equalTo(2_500_000.0f))
                .body("decisions.projectId", equalTo(List.of(project)));
        String id = subsidyOf(project);
        JsonPath subsidy = api.as(VIEWER).get("api/subsidies/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(subsidy.getFloat("investment.share")).isEqualTo(0.4f);
        assertThat(subsidy.getList("schedule.kind")).containsExactly("ADVANCE", "INSTALMENT", "BALANCE");
        assertThat(subsidy.getList("schedule.amount", Float.class)).containsExactly(150_000f, 250_000f, 100_000f);
        assertThat(subsidy.getList("coFinancers.funder")).containsExactly("Fondation Meyer");

        // When it is paid: the advance, then too much, then the balance without its documents
        LocalDate today = StepForms.today();
        pay(id, 1, 150_000, "MANDAT-1", null).then().statusCode(201).body("kind", equalTo("ADVANCE"));
        pay(id, 2, 250_001, "MANDAT-2", null).then().statusCode(422).body("errors.field", equalTo(List.of("amount")));
        pay(id, 3, 100_000, "MANDAT-3", null).then().statusCode(422)
                .body("errors.field", equalTo(List.of("supportingDocuments")));
        pay(id, 1, 1, "MANDAT-1", null).then().statusCode(409);
        pay(id, 3, 100_000, "MANDAT-3", "Compte rendu financier reçu le " + today).then().statusCode(201);

        // Then what is paid is kept on the grant and its commitments (investment first), charged to the credits of
        // the year paid in, not to the grant's year; and the schedule can no longer change
        api.as(VIEWER).get("api/subsidies/" + id).then()
                .body("paid", equalTo(250_000.0f)).body("toPay", equalTo(250_000.0f))
                .body("schedule.toPay", equalTo(List.of(0.0f, 250_000.0f, 0.0f)))
                .body("payments.reference", equalTo(List.of("MANDAT-1", "MANDAT-3")));
        api.as(VIEWER).get("api/envelopes/" + year).then().body("paid", equalTo(0.0f));
        api.as(VIEWER).queryParam("grant", id).get("api/commitments").then()
                .body("kind", equalTo(List.of("INVESTMENT", "OPERATING"))).body("paid", equalTo(List.of(250_000.0f, 0.0f)));
        api.as(FUNDING).body(Map.of("lines", List.of(line("BALANCE", 500_000, today.plusYears(1)))))
                .put("api/subsidies/" + id + "/schedule").then().statusCode(409);

        // And the letter and the exports say so
        assertThat(letter(id)).contains("Par délibération n° CP-" + year + "-11-042",
                "une subvention de 500 000,00 €", "engagée sur l'enveloppe budgétaire " + year,
                "Investissement 350 000,00 € 875 000,00 € 40 % 350 000,00 €", "Avance", "150 000,00 €",
                "Fondation Meyer", "Conditions particulières : Recruter deux maîtres professionnels");
        List<CSVRecord> envelopeRows = csv(api.as(VIEWER).accept("text/csv").get("api/envelopes/" + year + "/decisions.csv"));
        assertThat(envelopeRows).hasSize(1);
        assertThat(envelopeRows.get(0).get("Total accordé")).isEqualTo("500000,00");
        assertThat(envelopeRows.get(0).get("Reste à verser")).isEqualTo("250000,00");
        List<Row> projectRows = xlsx(api.as(VIEWER).accept(XLSX).queryParam("project", project)
                .get("api/subsidies/export.xlsx"));
        assertThat(projectRows.get(0).getCellText(6)).isEqualTo("Nature");
        assertThat(projectRows).hasSize(4);
        assertThat(projectRows.get(1).getCellAsNumber(9)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("150000"));
        assertThat(projectRows.get(3).getCellText(11)).contains("MANDAT-3");
    }

    @Test
    void manyDecisionsRacingForTheLastEurosNeverOverspendTheEnvelope() throws Exception {
        // Given an envelope with 100,000 € left and twelve projects waiting for 30,000 € each
        int year = 2091;
        api.openEnvelope(year, 100_000);
        api.admin().body(Map.of("commitmentAuthorisations", 60_000, "paymentCredits", 60_000))
                .put("api/budgets/" + year + "/INVESTMENT").then().statusCode(200);
        api.admin().body(Map.of("commitmentAuthorisations", 40_000, "paymentCredits", 40_000))
                .put("api/budgets/" + year + "/OPERATING").then().statusCode(200);
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            projects.add(projectAtSubsidyStep());
        }
        List<String> tasks = projects.stream().map(p -> api.task(FUNDING, p, "subsidy-decision")).toList();

        // When the twelve decisions are taken at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (String task : tasks) {
            Callable<Integer> decision = () -> {
                start.await();
                return api.complete(FUNDING, task, Api.subsidy("GRANTED", 20_000, 10_000, year)).statusCode();
            };
            answers.add(pool.submit(decision));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        // Then three fit, nine are refused, and the envelope is never overspent
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        api.as(VIEWER).get("api/envelopes/" + year).then()
                .body("committed", equalTo(90_000.0f)).body("remaining", equalTo(10_000.0f))
                .body("decisions.size()", equalTo(3));
        // And every refused decision left nothing behind: its task open, no decision, the history unchanged
        for (int i = 0; i < projects.size(); i++) {
            if (statuses.get(i) == 409) {
                String project = projects.get(i);
                assertThat(api.task(FUNDING, project, "subsidy-decision")).isEqualTo(tasks.get(i));
                api.as(VIEWER).queryParam("project", project).get("api/subsidies").then().body("size()", equalTo(0));
                api.project(project).then().body("history.step", equalTo(STEPS_BEFORE_SUBSIDY));
            }
        }
    }

    @Test
    void refusesADecisionOutsideTheRulesAndCommitsNothing() {
        int year = 2092;
        api.openEnvelope(year, 1_000_000);
        String project = projectAtSubsidyStep();
        String task = api.task(FUNDING, project, "subsidy-decision");

        Map<String, Object> aboveTheCap = Api.subsidy("GRANTED", 350_000, 150_000, year);
        aboveTheCap.put("operatingEligible", 300_000);
        api.complete(FUNDING, task, aboveTheCap).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("justification")))
                .body("errors[0].message", containsString("L'aide au fonctionnement ne peut dépasser 33\u00A0% du budget "
                        + "de fonctionnement : 99\u00A0000,00\u00A0€ au plus."));
        Map<String, Object> bothPics = Api.subsidy("GRANTED", 350_000, 150_000, year);
        bothPics.put("regionalPicLines", List.of("OPERATION"));
        bothPics.put("coFinancers", List.of(Map.of("funder", "État", "programme", "PIC_NATIONAL_CALL",
                "line", "OPERATION", "amount", 50_000)));
        api.complete(FUNDING, task, bothPics).then().statusCode(422)
                .body("errors.field", equalTo(List.of("coFinancers[0].programme")));
        Map<String, Object> badSchedule = Api.subsidy("GRANTED", 350_000, 150_000, year);
        badSchedule.put("schedule", List.of(line("ADVANCE", 200_000, StepForms.today()),
                line("BALANCE", 300_000, StepForms.today().plusYears(1))));
        api.complete(FUNDING, task, badSchedule).then().statusCode(422)
                .body("errors.field", equalTo(List.of("schedule[0].amount")));
        api.complete(FUNDING, task, Api.subsidy("GRANTED", 350_000, 150_000, 2099)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("envelopeYear")));
        api.complete(FUNDING, task, Api.subsidy("GRANTED", 1_100_000, 150_000, year)).then().statusCode(409)
                .body("detail", startsWith("Le budget d'investissement " + year + " ne peut pas porter cet engagement"));

        assertThat(api.task(FUNDING, project, "subsidy-decision")).isEqualTo(task);
        api.project(project).then().body("history.step", equalTo(STEPS_BEFORE_SUBSIDY));
        api.as(VIEWER).get("api/envelopes/" + year).then().body("committed", equalTo(0.0f));
    }

    @Test
    void anEnvelopeNeverShrinksBelowItsCommitmentsAndOnlyAdministratorsKeepIt() {
        int year = 2093;
        api.openEnvelope(year, 600_000);
        api.step(FUNDING, projectAtSubsidyStep(), "subsidy-decision", Api.subsidy("GRANTED", 350_000, 150_000, year));

        api.admin().body(Map.of("amount", 349_999)).put("api/envelopes/" + year).then().statusCode(409);
        api.admin().body(Map.of("amount", -1)).put("api/envelopes/" + year).then().statusCode(422)
                .body("errors.field", equalTo(List.of("amount")));
        api.openEnvelope(year, 350_000).then().statusCode(200).body("remaining", equalTo(200_000.0f));
        api.as(FUNDING).body(Map.of("amount", 2_000_000)).put("api/envelopes/" + year).then().statusCode(403);
        api.as(Api.AUDITOR).get("api/envelopes").then().statusCode(403);
        api.as(VIEWER).get("api/envelopes/1999").then().statusCode(404);
    }

    @Test
    void aRefusalCommitsNothingAndIsNeverPaid() throws Exception {
        int year = 2094;
        api.openEnvelope(year, 100_000);
        String project = projectAtSubsidyStep();

        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("REFUSED", 0, 0, year));

        api.as(VIEWER).get("api/envelopes/" + year).then().body("committed", equalTo(0.0f));
        String id = subsidyOf(project);
        api.as(VIEWER).get("api/subsidies/" + id).then().body("decision", equalTo("REFUSED"))
                .body("schedule", equalTo(List.of()));
        pay(id, 1, 1_000, "MANDAT-R", null).then().statusCode(409);
        assertThat(letter(id)).contains("n'a pas retenu la demande de subvention");
        api.as(VIEWER).body(Map.of("line", 1, "amount", 1, "paidOn", StepForms.today().toString(), "reference", "X"))
                .post("api/subsidies/" + id + "/payments").then().statusCode(403);
        api.as(VIEWER).get("api/subsidies/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheFundingEndpoints() {
        api.anonymous().accept("application/json").get("openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/subsidies/{id}/payments"))
                .body("paths.keySet()", hasItem("/api/envelopes/{year}"));
    }

    private String projectAtSubsidyStep() {
        String project = api.register("27", "27229");
        api.walkTo(project, "subsidy-decision");
        return project;
    }

    private String subsidyOf(String project) {
        List<String> ids = api.as(VIEWER).queryParam("project", project).get("api/subsidies").jsonPath().getList("id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private Response pay(String subsidy, int line, int amount, String reference, String documents) {
        Map<String, Object> payment = new HashMap<>(Map.of("line", line, "amount", amount,
                "paidOn", StepForms.today().toString(), "reference", reference));
        if (documents != null) {
            payment.put("supportingDocuments", documents);
        }
        return api.as(FUNDING).body(payment).post("api/subsidies/" + subsidy + "/payments");
    }

    private static Map<String, Object> line(String kind, int amount, LocalDate dueOn) {
        return Map.of("kind", kind, "amount", amount, "dueOn", dueOn.toString());
    }

    private String letter(String subsidy) throws Exception {
        Response response = api.as(VIEWER).accept("application/pdf").get("api/subsidies/" + subsidy + "/letter");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static List<CSVRecord> csv(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private static List<Row> xlsx(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }
}

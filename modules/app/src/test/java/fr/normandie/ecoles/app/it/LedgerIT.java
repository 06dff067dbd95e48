package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import fr.normandie.ecoles.app.demo.DemoLedger;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The ledger over REST on PostgreSQL (issue 13): budgets by year and kind, commitments charged to the AE of the
 * vote's year and payments to the CP of the year they are paid in, releases on abandon, recovery orders, share
 * rules that warn, and sixteen payments racing for a year's last credits.
 */
class LedgerIT extends DeployedApplication {

    @Test
    void aMultiYearCommitmentIsPaidOverThreeYearsEachPaymentOnItsYearsCredits() {
        // Given budgets for 2023, 2024 and 2025 and an operating grant voted in 2023
        for (int year = 2023; year <= 2025; year++) {
            budget(year, "OPERATING", 5_000_000, 5_000_000);
            budget(year, "INVESTMENT", 5_000_000, 5_000_000);
        }
        BigDecimal committed2023 = figure(2023, "OPERATING", "committed");
        BigDecimal[] paidBefore = {figure(2023, "OPERATING", "paid"), figure(2024, "OPERATING", "paid"),
                figure(2025, "OPERATING", "paid")};
        BigDecimal investmentPaid2024 = figure(2024, "INVESTMENT", "paid");
        String project = projectAtSubsidyStep();
        api.step(FUNDING, project, "subsidy-decision", grant(0, 450_000, 2023, LocalDate.of(2023, 3, 15)));
        String commitment = commitmentOf(project, "OPERATING");

        // When it is paid 150,000 € a year in 2023, 2024 and 2025
        for (int year = 2023; year <= 2025; year++) {
            pay(commitment, 150_000, LocalDate.of(year, 6, 1), "MANDAT-" + year).then().statusCode(201)
                    .body("creditYear", equalTo(year)).body("kind", equalTo("OPERATING"));
        }

        // Then 2023's AE carry the whole commitment once, and each year's CP the payment of that year only
        assertThat(figure(2023, "OPERATING", "committed")).isEqualByComparingTo(committed2023.add(euros(450_000)));
        for (int i = 0; i < 3; i++) {
            assertThat(figure(2023 + i, "OPERATING", "paid")).isEqualByComparingTo(paidBefore[i].add(euros(150_000)));
        }
        assertThat(figure(2024, "INVESTMENT", "paid")).isEqualByComparingTo(investmentPaid2024);
        api.as(VIEWER).get("api/commitments/" + commitment).then().statusCode(200)
                .body("commitment.status", equalTo("PAID")).body("commitment.toPay", equalTo(0.0f))
                .body("payments.creditYear", equalTo(List.of(2023, 2024, 2025)));
        // And nothing more is paid on it, nor before its vote
        pay(commitment, 1, LocalDate.of(2025, 7, 1), "MANDAT-TROP").then().statusCode(409);
        assertThat(figure(2025, "OPERATING", "paid")).isEqualByComparingTo(paidBefore[2].add(euros(150_000)));
    }

    @Test
    void anAbandonReleasesTheUnpaidCommitmentsBackToTheirYearAndStopsPayments() {
        // Given a grant of 2080 of 350 k€ of investment (100 k€ of it paid) and 150 k€ of operating aid
        budget(2080, "INVESTMENT", 1_000_000, 1_000_000);
        budget(2080, "OPERATING", 1_000_000, 1_000_000);
        String project = projectAtSubsidyStep();
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 350_000, 150_000, 2080));
        String investment = commitmentOf(project, "INVESTMENT");
        pay(investment, 100_000, StepForms.today(), "MANDAT-AV-1").then().statusCode(201);
        BigDecimal investmentLeft = figure(2080, "INVESTMENT", "toCommit");
        BigDecimal operatingLeft = figure(2080, "OPERATING", "toCommit");

        // When the project is abandoned
        api.as(STAFF).body(Map.of("reason", "Le porteur renonce faute de locaux.")).post("api/projects/" + project
                + "/abandon").then().statusCode(200);

        // Then what was left unpaid goes back to 2080's AE, exactly, recorded with who, when and why
        assertThat(figure(2080, "INVESTMENT", "toCommit")).isEqualByComparingTo(investmentLeft.add(euros(250_000)));
        assertThat(figure(2080, "OPERATING", "toCommit")).isEqualByComparingTo(operatingLeft.add(euros(150_000)));
        api.as(VIEWER).get("api/commitments/" + investment).then()
                .body("commitment.status", equalTo("RELEASED")).body("commitment.released", equalTo(250_000.0f))
                .body("releases[0].reason", equalTo("PROJECT_ABANDONED"))
                .body("releases[0].explanation", equalTo("Le porteur renonce faute de locaux."))
                .body("releases[0].releasedBy", equalTo(Api.STAFF));
        // And no payment is accepted any more, neither on the commitment nor on the grant: nothing written
        BigDecimal paidThisYear = figure(Api.YEAR, "INVESTMENT", "paid");
        pay(investment, 10_000, StepForms.today(), "MANDAT-APRES").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        assertThat(figure(Api.YEAR, "INVESTMENT", "paid")).isEqualByComparingTo(paidThisYear);
        api.as(VIEWER).get("api/commitments/" + investment).then().body("payments.size()", equalTo(1));
        // And both closes read the early movements of a later year's commitment: this year's counts the payment
        // made in it, 2080's gives back the AE released before it began (neither refuses with a server error). Other
        // classes of the suite commit on 2080 too, so what is carried over there is not this project's alone.
        api.as(VIEWER).get("api/closes/" + Api.YEAR).then().statusCode(200);
        api.as(VIEWER).accept("text/csv").get("api/closes/2080.csv").then().statusCode(200);
        api.as(VIEWER).get("api/closes/2080").then().statusCode(200)
                .body("byKind.find { it.kind == 'INVESTMENT' }.released", equalTo(250_000.0f))
                .body("byKind.find { it.kind == 'OPERATING' }.released", equalTo(150_000.0f));
        // And this year's close counts the payment and the releases made this year on 2080's commitments
        api.as(FUNDING).get("api/closes/" + Api.YEAR).then().statusCode(200);
        api.as(FUNDING).accept("text/csv").get("api/closes/" + Api.YEAR + ".csv").then().statusCode(200);
    }

    @Test
    void aSubsidyDecisionTakenAgainAfterItsStepIsReopenedLeavesTheProjectCommittedOnce() {
        // Given a project granted 200 k€ of investment and 100 k€ of operating aid on 2087's budgets
        budget(2087, "INVESTMENT", 1_000_000, 1_000_000);
        budget(2087, "OPERATING", 1_000_000, 1_000_000);
        String project = projectAtSubsidyStep();
        BigDecimal investmentLeft = figure(2087, "INVESTMENT", "toCommit");
        BigDecimal operatingLeft = figure(2087, "OPERATING", "toCommit");
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 200_000, 100_000, 2087));

        // When the administrator reopens the decision and the committee's new vote grants 150 k€ of investment
        api.admin().body(Map.of("step", "subsidy-decision", "reason", "Montant d'investissement revu par la CP."))
                .post("api/projects/" + project + "/reopen").then().statusCode(200);
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 150_000, 100_000, 2087));

        // Then 2087's AE carry the new decision alone: the first one's commitments were released, recorded
        assertThat(figure(2087, "INVESTMENT", "toCommit")).isEqualByComparingTo(investmentLeft.subtract(euros(150_000)));
        assertThat(figure(2087, "OPERATING", "toCommit")).isEqualByComparingTo(operatingLeft.subtract(euros(100_000)));
        List<Map<String, Object>> commitments = api.as(VIEWER).queryParam("project", project).get("api/commitments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(commitments).extracting(c -> c.get("status"))
                .containsExactly("RELEASED", "RELEASED", "OPEN", "OPEN");
        assertThat(commitments.stream().filter(c -> "OPEN".equals(c.get("status")))
                .map(c -> ((Number) c.get("amount")).longValue())).containsExactlyInAnyOrder(150_000L, 100_000L);
        String first = (String) commitments.get(0).get("id");
        api.as(VIEWER).get("api/commitments/" + first).then().body("releases[0].reason", equalTo("OTHER"))
                .body("releases[0].explanation", startsWith("Décision de subvention reprise"));
    }

    @Test
    void aRecoveryOrderFollowsAnUnjustifiedPaymentUntilCollected() {
        // Given 80 k€ paid on an operating commitment and not justified
        budget(2083, "INVESTMENT", 1_000_000, 1_000_000);
        budget(2083, "OPERATING", 1_000_000, 1_000_000);
        String project = projectAtSubsidyStep();
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 0, 150_000, 2083));
        String commitment = commitmentOf(project, "OPERATING");
        pay(commitment, 80_000, StepForms.today(), "MANDAT-RECETTE").then().statusCode(201);

        // When a recovery order of 30 k€ is issued
        String order = api.as(FUNDING).body(Map.of("amount", 30_000, "reason",
                        "Dépenses non justifiées par le compte rendu financier.", "issuedOn", StepForms.today().toString()))
                .post("api/commitments/" + commitment + "/recoveries").then().statusCode(201)
                .body("amount", equalTo(30_000.0f)).body("collectedOn", equalTo(null))
                .extract().path("id");

        // Then it is outstanding until collected; never more than paid and not recovered; collected once
        assertThat(api.as(VIEWER).queryParam("outstanding", true).get("api/recoveries").jsonPath()
                .getList("id", String.class)).contains(order);
        api.as(FUNDING).body(Map.of("amount", 50_001, "reason", "Trop", "issuedOn", StepForms.today().toString()))
                .post("api/commitments/" + commitment + "/recoveries").then().statusCode(422)
                .body("errors.field", equalTo(List.of("amount")));
        api.as(VIEWER).body(Map.of("collectedOn", StepForms.today().toString())).post("api/recoveries/" + order
                + "/collect").then().statusCode(403);
        api.as(FUNDING).body(Map.of("collectedOn", StepForms.today().toString())).post("api/recoveries/" + order
                + "/collect").then().statusCode(200).body("collectedOn", equalTo(StepForms.today().toString()))
                .body("collectedBy", equalTo(FUNDING));
        api.as(FUNDING).body(Map.of("collectedOn", StepForms.today().toString())).post("api/recoveries/" + order
                + "/collect").then().statusCode(409);
        assertThat(api.as(VIEWER).queryParam("outstanding", true).get("api/recoveries").jsonPath()
                .getList("id", String.class)).doesNotContain(order);
        api.as(VIEWER).get("api/commitments/" + commitment).then().body("commitment.recovered", equalTo(30_000.0f));
    }

    @Test
    void aWarnedGrantNeedsAWrittenJustificationAndUsinEureIsRecordable() {
        budget(2085, "INVESTMENT", 5_000_000, 5_000_000);
        budget(2085, "OPERATING", 5_000_000, 5_000_000);
        BigDecimal committed = figure(2085, "OPERATING", "committed");
        String project = projectAtSubsidyStep();
        String task = api.task(FUNDING, project, "subsidy-decision");

        // When an operating grant of 50 % of the budget (the rule of thumb: 33 %) comes without a justification
        Map<String, Object> warned = Api.subsidy("GRANTED", 350_000, 150_000, 2085);
        warned.put("investmentEligible", 2_500_000);
        warned.put("operatingEligible", 300_000);
        api.complete(FUNDING, task, warned).then().statusCode(422)
                .body("errors.field", equalTo(List.of("justification")))
                .body("errors[0].message", startsWith("Cette subvention s'écarte des règles de la Région"));
        // Then nothing is written
        assertThat(figure(2085, "OPERATING", "committed")).isEqualByComparingTo(committed);
        assertThat(api.task(FUNDING, project, "subsidy-decision")).isEqualTo(task);

        // When it comes with one: recorded, the justification and the warning kept for the committee
        warned.put("justification", "Premier exercice d'une école de production : budget de démarrage réduit.");
        api.complete(FUNDING, task, warned).then().statusCode(200);
        String subsidy = api.as(VIEWER).queryParam("project", project).get("api/subsidies").jsonPath()
                .getString("[0].id");
        api.as(VIEWER).get("api/subsidies/" + subsidy).then()
                .body("justification", startsWith("Premier exercice"))
                .body("ruleWarnings.size()", equalTo(1))
                .body("ruleWarnings[0]", startsWith("L'aide au fonctionnement ne peut dépasser 33"));
        // And Usin'Eure's investment, 350 k€ on 2.5 M€ (14 %), raised no warning: no minimum share by default
        assertThat(figure(2085, "INVESTMENT", "committed").compareTo(euros(350_000))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void sixteenPaymentsRacingForAYearsLastCreditsNeverOverspendIt() throws Exception {
        // Given 2022's operating budget with 100 k€ of CP and a commitment of 1.6 M€ voted that year
        budget(2022, "INVESTMENT", 10_000_000, 10_000_000);
        budget(2022, "OPERATING", 10_000_000, 10_000_000);
        String project = projectAtSubsidyStep();
        api.step(FUNDING, project, "subsidy-decision", grant(0, 1_600_000, 2022, LocalDate.of(2022, 1, 10)));
        String commitment = commitmentOf(project, "OPERATING");
        BigDecimal paid = figure(2022, "OPERATING", "paid");
        budget(2022, "OPERATING", 10_000_000, paid.add(euros(100_000)).longValue());

        // When sixteen officers pay 10 k€ each at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String reference = "MANDAT-COURSE-" + i;
            Callable<Integer> payment = () -> {
                start.await();
                return pay(commitment, 10_000, LocalDate.of(2022, 12, 1), reference).statusCode();
            };
            answers.add(pool.submit(payment));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        // Then ten are paid, six refused, the credits used to the euro and never beyond
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(figure(2022, "OPERATING", "toPay")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(figure(2022, "OPERATING", "paid")).isEqualByComparingTo(paid.add(euros(100_000)));
        // And the refused ones left nothing: ten payments on the commitment, 100 k€ paid on it
        api.as(VIEWER).get("api/commitments/" + commitment).then().body("payments.size()", equalTo(10))
                .body("commitment.paid", equalTo(100_000.0f));
    }

    @Test
    void onlyAdministratorsSetBudgetsNeverBelowWhatIsConsumedAndTheHistoryIsKept() {
        budget(2084, "OPERATING", 300_000, 300_000);
        String project = projectAtSubsidyStep();
        budget(2084, "INVESTMENT", 0, 0);
        api.step(FUNDING, project, "subsidy-decision", Api.subsidy("GRANTED", 0, 150_000, 2084));

        api.admin().body(Map.of("commitmentAuthorisations", 149_999, "paymentCredits", 300_000))
                .put("api/budgets/2084/OPERATING").then().statusCode(409);
        api.as(FUNDING).body(Map.of("commitmentAuthorisations", 900_000, "paymentCredits", 900_000))
                .put("api/budgets/2084/OPERATING").then().statusCode(403);
        api.admin().body(Map.of("commitmentAuthorisations", -1, "paymentCredits", 1))
                .put("api/budgets/2084/OPERATING").then().statusCode(422)
                .body("errors.field", equalTo(List.of("commitmentAuthorisations")));
        budget(2084, "OPERATING", 150_000, 200_000);
        api.as(VIEWER).get("api/budgets/2084").then().statusCode(200)
                .body("history.size()", equalTo(3))
                .body("history[2].commitmentAuthorisations", equalTo(150_000.0f))
                .body("history[2].changedBy", equalTo("admin"));
        // And the envelope of the year, as before, adds both kinds up
        api.as(VIEWER).get("api/envelopes/2084").then().body("amount", equalTo(150_000.0f))
                .body("committed", equalTo(150_000.0f)).body("remaining", equalTo(0.0f));
    }

    @Test
    void theCloseOfTheDemonstrationYearsMatchesTheHandComputation() throws Exception {
        // Given the demonstration's budgets of 2019 to 2021 and Usin'Eure's grants, recorded as the demonstration does
        for (int year = 2019; year <= 2021; year++) {
            budget(year, "INVESTMENT", 500_000, 500_000);
            budget(year, "OPERATING", 1_000_000, 1_000_000);
        }
        String school = api.as(STAFF).body(Map.of("name", DemoLedger.SCHOOL, "carrier", "Association Usin'Eure",
                        "departmentCode", "27", "communeCode", "27229", "trades", List.of("Usinage"),
                        "openedOn", "2018-10-01", "capacity", 24))
                .post("api/schools").then().statusCode(201).extract().path("id");
        for (DemoLedger.Grant grant : DemoLedger.GRANTS) {
            String commitment = api.as(FUNDING).body(Map.of("school", school, "year", grant.year(), "kind",
                            grant.kind().name(), "amount", grant.amount(), "deliberation", grant.deliberation(),
                            "votedOn", grant.votedOn().toString(), "label", grant.label()))
                    .post("api/commitments").then().statusCode(201).extract().path("id");
            for (DemoLedger.Paid paid : grant.payments()) {
                pay(commitment, paid.amount(), paid.on(), paid.reference()).then().statusCode(201);
            }
        }

        // Then each year's close is the hand computation:
        // 2019: committed 350,000 (investment) + 109,000 (operating); paid 105,000 + 54,500 + 54,500;
        //       left to pay on investment 350,000 - 105,000 = 245,000
        // 2020: committed 450,000 (the 2020-2022 agreement, once); paid 175,000 + 150,000;
        //       left 245,000 - 175,000 = 70,000 (investment) and 450,000 - 150,000 = 300,000 (operating)
        // 2021: nothing committed; paid 70,000 + 150,000; left 0 and 150,000 (the 2022 instalment)
        close(2019, new long[] {350_000, 0, 105_000, 245_000}, new long[] {109_000, 0, 109_000, 0});
        close(2020, new long[] {0, 0, 175_000, 70_000}, new long[] {450_000, 0, 150_000, 300_000});
        close(2021, new long[] {0, 0, 70_000, 0}, new long[] {0, 0, 150_000, 150_000});
        api.as(VIEWER).get("api/closes/2021").then()
                .body("total.paid", equalTo(220_000.0f)).body("total.carriedOver", equalTo(150_000.0f))
                .body("bySchool.label", equalTo(List.of(DemoLedger.SCHOOL)))
                .body("bySchool[0].operating", equalTo(150_000.0f)).body("bySchool[0].investment", equalTo(0.0f))
                .body("byDepartment.departmentCode", equalTo(List.of("27")))
                .body("byDepartment[0].total", equalTo(150_000.0f));

        // And the accounting export of 2019 has one line per commitment and per payment, with its budget line
        Response csv = api.as(VIEWER).accept("text/csv").get("api/closes/2019.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.asByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFMouvement;Date;Exercice;Nature;Ligne budgétaire;Montant;Bénéficiaire;"
                + "Département;SIREN;Délibération;Référence;Engagement");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("Engagement;2019-03-25;2019;Investissement;20422;350000,00;Usin'Eure;27;;"
                + "CP-2019-03-27;;");
        assertThat(lines.get(3)).startsWith("Mandat;2019-05-06;2019;Fonctionnement;6574;54500,00;Usin'Eure;27;;"
                + "CP-2019-03-28;MANDAT-2019-0330;");

        // And the euros per pupil of school year 2020-2021: the operating aid paid in it over its 24 pupils
        api.as(STAFF).body(Map.of("schoolYear", 2020, "pupilsUnder16", 0, "pupils16To18", 24, "pupilsOver18", 0,
                        "referredByMissionLocale", 0, "diplomas", List.of(Map.of("diploma", "CAP", "presented", 8,
                                "passed", 8)), "leaversJob", 4, "leaversFurtherStudy", 2, "leaversApprenticeship", 3,
                        "leaversOther", 1))
                .post("api/schools/" + school + "/results").then().statusCode(200);
        List<Map<String, Object>> aid = api.as(VIEWER).queryParam("schoolYear", 2020).get("api/aid-per-pupil")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> usinEure = aid.stream().filter(a -> school.equals(a.get("schoolId"))).findFirst().orElseThrow();
        assertThat(new BigDecimal(usinEure.get("operatingPaid").toString())).isEqualByComparingTo("150000");
        assertThat(new BigDecimal(usinEure.get("perPupil").toString())).isEqualByComparingTo("6250");
        assertThat(new BigDecimal(usinEure.get("investmentPaid").toString())).isEqualByComparingTo("70000");
    }

    /** Checks a year's close: per kind, {committed, released, paid, carried over}. */
    private void close(int year, long[] investment, long[] operating) {
        Response close = api.as(VIEWER).get("api/closes/" + year);
        close.then().statusCode(200);
        for (Map.Entry<String, long[]> kind : Map.of("INVESTMENT", investment, "OPERATING", operating).entrySet()) {
            Map<String, Object> figures = close.jsonPath().getMap("byKind.find { it.kind == '" + kind.getKey() + "' }");
            String[] names = {"committed", "released", "paid", "carriedOver"};
            for (int i = 0; i < names.length; i++) {
                assertThat(new BigDecimal(figures.get(names[i]).toString())).as(year + " " + kind.getKey() + " " + names[i])
                        .isEqualByComparingTo(BigDecimal.valueOf(kind.getValue()[i]));
            }
        }
    }

    private void budget(int year, String kind, long authorisations, long credits) {
        api.admin().body(Map.of("commitmentAuthorisations", authorisations, "paymentCredits", credits))
                .put("api/budgets/" + year + "/" + kind).then().statusCode(200);
    }

    private BigDecimal figure(int year, String kind, String figure) {
        List<Map<String, Object>> budgets = api.as(VIEWER).get("api/budgets/" + year).then().statusCode(200)
                .extract().jsonPath().getList("budgets");
        return budgets.stream().filter(b -> kind.equals(b.get("kind"))).findFirst()
                .map(b -> new BigDecimal(b.get(figure).toString())).orElseThrow();
    }

    private Response pay(String commitment, long amount, LocalDate paidOn, String reference) {
        return api.as(FUNDING).body(Map.of("amount", amount, "paidOn", paidOn.toString(), "reference", reference))
                .post("api/commitments/" + commitment + "/payments");
    }

    private String commitmentOf(String project, String kind) {
        List<Map<String, Object>> commitments = api.as(VIEWER).queryParam("project", project).get("api/commitments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return commitments.stream().filter(c -> kind.equals(c.get("kind"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> grant(int investment, int operating, int year, LocalDate votedOn) {
        Map<String, Object> form = Api.subsidy("GRANTED", investment, operating, year);
        form.put("votedOn", votedOn.toString());
        return form;
    }

    private static BigDecimal euros(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private String projectAtSubsidyStep() {
        String project = api.register("27", "27229");
        api.walkTo(project, "subsidy-decision");
        return project;
    }
}

package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static fr.normandie.ecoles.app.it.Api.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Grants to open schools through {@code school-grant.bpmn} over REST on PostgreSQL: a yearly operating grant for a
 * school older than the software, from its request to its balance, amended on the way, its agreement read back;
 * a refused grant's letter; every refusal clean, nothing written.
 */
class SchoolGrantIT extends DeployedApplication {

    private static final String TODAY = StepForms.today().toString();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aYearlyGrantForAHistoricalSchoolGoesFromItsRequestToItsBalance() throws Exception {
        // Given a school that opened before the software
        String school = historicalSchool("2014-09-01");

        // When its request is recorded, instructed and voted above the agreement threshold
        JsonPath requested = request(school, 120_000).then().statusCode(201)
                .body("step", equalTo("grant-instruction")).body("grant.summary.status", equalTo("REQUESTED"))
                .extract().jsonPath();
        String grant = requested.getString("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(120_000),
                "note", "Budget sincère, ventes d'atelier en hausse.")).then().statusCode(200)
                .body("step", equalTo("grant-vote"));
        step(grant, "grant-vote", vote(true, 120_000)).then().statusCode(200)
                .body("step", equalTo("grant-agreement"))
                .body("grant.summary.status", equalTo("VOTED")).body("grant.summary.agreementRequired", equalTo(true))
                .body("grant.balance", equalTo(24_000.0f));

        // And its agreement is signed, then cut by an avenant with its own vote
        step(grant, "grant-agreement", Map.of("signedOn", TODAY, "reference", "CONV-" + YEAR + "-017"))
                .then().statusCode(200).body("step", equalTo("grant-payment"));
        api.as(FUNDING).body(Map.of("votedOn", TODAY, "deliberation", "CP-" + YEAR + "-12-003",
                        "amounts", List.of(110_000), "reason", "Ventes d'atelier supérieures au budget."))
                .post("api/grants/" + grant + "/amendments").then().statusCode(201)
                .body("grant.summary.granted", equalTo(110_000.0f)).body("grant.balance", equalTo(22_000.0f))
                .body("grant.amendments[0].number", equalTo(1))
                .body("grant.amendments[0].before", equalTo(List.of(120_000.0f)))
                .body("grant.amendments[0].after", equalTo(List.of(110_000.0f)));

        // Then instalments are paid up to the balance, which waits for the use report
        step(grant, "grant-payment", payment(88_001, "MANDAT-1")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("amount")));
        step(grant, "grant-payment", payment(50_000, "MANDAT-1")).then().statusCode(200)
                .body("step", equalTo("grant-payment"));
        step(grant, "grant-balance", payment(22_000, "MANDAT-X")).then().statusCode(409);
        step(grant, "grant-payment", payment(38_000, "MANDAT-2")).then().statusCode(200)
                .body("step", equalTo("grant-use-report")).body("grant.summary.status", equalTo("REPORT_DUE"));
        step(grant, "grant-use-report", Map.of("receivedOn", TODAY, "spent", 360_000, "justified", true,
                "summary", "Dépenses conformes au budget.")).then().statusCode(200).body("step", equalTo("grant-balance"));
        step(grant, "grant-balance", payment(22_000, "MANDAT-3")).then().statusCode(409)
                .body("detail", startsWith("Le solde ne peut être versé avant la validation du compte rendu d'utilisation"));
        useReportReceivedOnPaper(grant, YEAR, 110_000);
        step(grant, "grant-balance", payment(21_999, "MANDAT-3")).then().statusCode(422)
                .body("errors.field", equalTo(List.of("amount")));
        step(grant, "grant-balance", payment(22_000, "MANDAT-3")).then().statusCode(200)
                .body("step", equalTo(null)).body("grant.summary.status", equalTo("PAID"))
                .body("grant.summary.paid", equalTo(110_000.0f)).body("grant.toPay", equalTo(0.0f))
                .body("grant.payments.reference", equalTo(List.of("MANDAT-1", "MANDAT-2", "MANDAT-3")))
                .body("grant.payments.balance", equalTo(List.of(false, false, true)));

        // And the agreement read back names the parties, the amounts per year and the avenant
        String agreement = pdf(api.as(VIEWER).accept("application/pdf").get("api/grants/" + grant + "/agreement"));
        assertThat(agreement).contains("Convention attributive de subvention n° CONV-" + YEAR + "-017",
                "Région Normandie", "Association historique", "délibération n° CP-" + YEAR + "-11-042",
                YEAR + " 110 000,00 €", "Total 110 000,00 €", "Avenant n° 1", "120 000,00 € portés à 110 000,00 €",
                "compte rendu financier", "reversement");
        api.as(VIEWER).queryParam("school", school).get("api/grants").then().statusCode(200)
                .body("status", equalTo(List.of("PAID")));
    }

    @Test
    void aRefusedGrantHasItsLetterWithTheAppealRoutes() throws Exception {
        String school = historicalSchool("2016-01-04");
        String grant = request(school, 40_000).then().statusCode(201).extract().path("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "UNFAVOURABLE", "note", "Budget incomplet."))
                .then().statusCode(200);

        step(grant, "grant-vote", vote(false, 0)).then().statusCode(200)
                .body("step", equalTo(null)).body("grant.summary.status", equalTo("REFUSED"));

        assertThat(pdf(api.as(VIEWER).accept("application/pdf").get("api/grants/" + grant + "/refusal"))).contains("n'a pas retenu",
                "40 000,00 €", "recours gracieux", "deux mois", "tribunal administratif de Caen");
        api.as(VIEWER).accept("application/pdf").get("api/grants/" + grant + "/agreement").then().statusCode(409);
    }

    @Test
    void aGrantsNextInstalmentAndItsBalanceAreToldToTheFundingOfficersOnce() {
        String address = "grants-due@it.example";
        api.admin().body(Map.of("email", address)).put("api/accounts/" + FUNDING + "/email").then().statusCode(204);
        try {
            // Given a grant whose agreement is signed today: its instalment of the year falls due today
            String grant = request(historicalSchool("2015-09-01"), 120_000).then().statusCode(201)
                    .extract().path("grant.summary.id");
            step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(120_000)))
                    .then().statusCode(200);
            step(grant, "grant-vote", vote(true, 120_000)).then().statusCode(200);
            assertThat(mailsAbout(address, grant, "Versement de l'année")).as("nothing due before the agreement").isEmpty();
            step(grant, "grant-agreement", Map.of("signedOn", TODAY, "reference", "CONV-" + YEAR + "-DUE"))
                    .then().statusCode(200);

            // Then the funding officers are told once, by the scheduler's next check (every second in the tests)
            List<Map<String, Object>> instalment = awaitMails(address, grant, "Versement de l'année " + YEAR);
            assertThat((String) instalment.get(0).get("body")).contains("jusqu'à 96\u00A0000,00\u00A0€",
                    "funding/grant.xhtml?id=" + grant);

            // When part of it is paid, nobody is told again; when the use report makes the balance due, it is told once
            step(grant, "grant-payment", payment(50_000, "MANDAT-DUE-1")).then().statusCode(200);
            step(grant, "grant-payment", payment(46_000, "MANDAT-DUE-2")).then().statusCode(200)
                    .body("step", equalTo("grant-use-report"));
            step(grant, "grant-use-report", Map.of("receivedOn", TODAY, "spent", 360_000, "justified", true))
                    .then().statusCode(200).body("step", equalTo("grant-balance"));
            assertThat(awaitMails(address, grant, "Solde, 24\u00A0000,00\u00A0€ à verser")).hasSize(1);
            assertThat(mailsAbout(address, grant, "Versement de l'année")).hasSize(1);
        } finally {
            api.admin().body(Map.of("email", "")).put("api/accounts/" + FUNDING + "/email").then().statusCode(204);
        }
    }

    /** The mails queued for the address about the grant saying that (waits up to 20 s for the first). */
    private List<Map<String, Object>> awaitMails(String address, String grant, String saying) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        List<Map<String, Object>> mails = mailsAbout(address, grant, saying);
        while (mails.isEmpty() && Instant.now().isBefore(until)) {
            sleep(Duration.ofMillis(250));
            mails = mailsAbout(address, grant, saying);
        }
        assertThat(mails).as("a mail to " + address + " saying " + saying).isNotEmpty();
        sleep(Duration.ofSeconds(2));
        return mailsAbout(address, grant, saying);
    }

    private List<Map<String, Object>> mailsAbout(String address, String grant, String saying) {
        List<Map<String, Object>> mails = api.admin().queryParam("max", 500).get("api/notifications/outbox").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return mails.stream().filter(mail -> address.equals(mail.get("address"))
                && ((String) mail.get("body")).contains(grant) && ((String) mail.get("body")).contains(saying)).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMultiYearAgreementIsCommittedOnceAndEachPaymentChargedToTheYearItIsPaidIn() {
        // Given a three-year operating agreement (2023-2025, 100,000 € a year) voted and signed in January 2023
        for (int year = 2023; year <= 2025; year++) {
            api.ensureEnvelope(year, 100_000_000);
        }
        String school = historicalSchool("2012-09-03");
        Map<String, Object> form = new HashMap<>(requestForm(school, 0));
        form.put("firstYear", 2023);
        form.put("amounts", List.of(100_000, 100_000, 100_000));
        form.put("expenses", 1_200_000);
        String grant = api.as(FUNDING).body(form).post("api/grants").then().statusCode(201)
                .extract().path("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(100_000, 100_000, 100_000)))
                .then().statusCode(200);
        BigDecimal committed2023 = closeFigure(2023, "committed");
        BigDecimal[] paidBefore = {closeFigure(2023, "paid"), closeFigure(2024, "paid"), closeFigure(2025, "paid")};
        step(grant, "grant-vote", Map.of("granted", true, "votedOn", "2023-01-12", "deliberation", "CP-2023-01-007",
                "amounts", List.of(100_000, 100_000, 100_000), "justification", "")).then().statusCode(200)
                .body("grant.summary.agreementRequired", equalTo(true)).body("grant.balance", equalTo(60_000.0f));
        step(grant, "grant-agreement", Map.of("signedOn", "2023-01-26", "reference", "CONV-2023-PLURI"))
                .then().statusCode(200);

        // When it is paid in 2023, 2024 and 2025, the balance after the use report
        step(grant, "grant-payment", Map.of("year", 2023, "amount", 100_000, "paidOn", "2023-03-01", "reference",
                "MANDAT-2023")).then().statusCode(200).body("step", equalTo("grant-payment"));
        step(grant, "grant-payment", Map.of("year", 2024, "amount", 100_000, "paidOn", "2024-03-01", "reference",
                "MANDAT-2024")).then().statusCode(200).body("step", equalTo("grant-payment"));
        step(grant, "grant-payment", Map.of("year", 2025, "amount", 40_000, "paidOn", "2025-03-01", "reference",
                "MANDAT-2025")).then().statusCode(200).body("step", equalTo("grant-use-report"));
        step(grant, "grant-use-report", Map.of("receivedOn", "2025-11-15", "spent", 1_150_000, "justified", true))
                .then().statusCode(200);
        useReportReceivedOnPaper(grant, 2025, 400_000);
        step(grant, "grant-balance", Map.of("year", 2025, "amount", 60_000, "paidOn", "2025-12-10", "reference",
                "MANDAT-2025-SOLDE")).then().statusCode(200).body("grant.summary.status", equalTo("PAID"));

        // Then 2023's AE carry the whole agreement once, and each year's CP what was paid in it
        assertThat(closeFigure(2023, "committed")).isEqualByComparingTo(committed2023.add(new BigDecimal("300000")));
        assertThat(closeFigure(2023, "paid")).isEqualByComparingTo(paidBefore[0].add(new BigDecimal("100000")));
        assertThat(closeFigure(2024, "paid")).isEqualByComparingTo(paidBefore[1].add(new BigDecimal("100000")));
        assertThat(closeFigure(2025, "paid")).isEqualByComparingTo(paidBefore[2].add(new BigDecimal("100000")));
        api.as(VIEWER).queryParam("grant", grant).get("api/commitments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].year", equalTo(2023)).body("[0].paid", equalTo(300_000.0f));
    }

    /**
     * The school's use-of-grant report of that year, received on paper and filed by a funding officer (validated at
     * once): a balance is paid only after it (issue 16; {@code YearlyReportsIT} has the school filing its own).
     */
    private void useReportReceivedOnPaper(String grant, int year, long spent) {
        api.as(FUNDING).body(Map.of("year", year, "staff", spent, "supplies", 0, "equipment", 0, "premises", 0,
                        "other", 0, "summary", "Compte rendu reçu par courrier."))
                .post("api/grants/" + grant + "/use-reports").then().statusCode(200).body("state", equalTo("VALIDATED"));
    }

    /** An operating figure of the year's close. */
    private BigDecimal closeFigure(int year, String figure) {
        return new BigDecimal(api.as(FUNDING).get("api/closes/" + year).then().statusCode(200).extract().jsonPath()
                .getString("byKind.find { it.kind == 'OPERATING' }." + figure));
    }

    @Test
    void aGrantWhoseAgreementIsNotSignedInTimeLapsesAndGivesItsCommitmentBack() throws Exception {
        // Given a grant voted today above the threshold, its agreement awaited
        String school = historicalSchool("2015-09-01");
        String grant = request(school, 90_000).then().statusCode(201).extract().path("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(90_000)))
                .then().statusCode(200);
        BigDecimal leftBefore = toCommit(YEAR);
        step(grant, "grant-vote", Map.of("granted", true, "votedOn", TODAY, "deliberation",
                "CP-CADUQUE-" + UUID.randomUUID(), "amounts", List.of(90_000), "justification", ""))
                .then().statusCode(200).body("step", equalTo("grant-agreement"));
        // the engine's timer waits for the end of the agreement's last day: the vote's day plus six months
        assertThat(lapseTimer(grant, false)).isEqualTo(LocalDate.parse(TODAY).plusMonths(6).plusDays(1)
                .atStartOfDay(PARIS).toInstant());

        // When that day has passed without a signature (the timer's due date brought to now)
        lapseTimer(grant, true);
        JsonPath lapsed = awaitStatus(grant, "LAPSED");

        // Then the grant lapsed, its commitment went back to the vote's year, exactly, recorded with its reason
        assertThat(lapsed.getString("step")).isNull();
        assertThat(lapsed.getList("grant.releases.reason")).containsExactly("AGREEMENT_LAPSED");
        assertThat(lapsed.getFloat("grant.releases[0].amount")).isEqualTo(90_000f);
        assertThat(toCommit(YEAR)).isEqualByComparingTo(leftBefore);
        // and nothing more is done on it: no signature, no payment
        step(grant, "grant-agreement", Map.of("signedOn", TODAY, "reference", "CONV-TARDIVE")).then().statusCode(409);
        step(grant, "grant-payment", payment(10_000, "MANDAT-CADUC")).then().statusCode(409);
        api.as(VIEWER).get("api/grants/" + grant).then().body("grant.summary.paid", equalTo(0.0f));
    }

    @Test
    void aUseReportJustifyingLessThanPaidRaisesARecoveryOrderForTheDifference() {
        // Given a grant below the threshold of 20,000 €, 16,000 € of it paid before the use report
        String school = historicalSchool("2017-09-04");
        String grant = request(school, 20_000).then().statusCode(201).extract().path("grant.summary.id");
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(20_000)))
                .then().statusCode(200);
        step(grant, "grant-vote", vote(true, 20_000)).then().statusCode(200).body("step", equalTo("grant-payment"));
        BigDecimal leftBefore = toCommit(YEAR);
        step(grant, "grant-payment", payment(16_000, "MANDAT-CR")).then().statusCode(200)
                .body("step", equalTo("grant-use-report"));

        // When the school's report justifies 10,000 € of spending: saying it justifies the grant is refused
        step(grant, "grant-use-report", Map.of("receivedOn", TODAY, "spent", 10_000, "justified", true))
                .then().statusCode(422).body("errors.field", equalTo(List.of("justified")));
        api.as(VIEWER).get("api/grants/" + grant).then().body("grant.summary.status", equalTo("REPORT_DUE"))
                .body("grant.recoveries.size()", equalTo(0));
        JsonPath withheld = step(grant, "grant-use-report", Map.of("receivedOn", TODAY, "spent", 10_000,
                "justified", false, "summary", "Dépenses inférieures au budget.")).then().statusCode(200)
                .extract().jsonPath();

        // Then the balance is withheld and released, and a recovery order of the 6,000 € not justified follows
        assertThat(withheld.getString("grant.summary.status")).isEqualTo("BALANCE_WITHHELD");
        assertThat(withheld.getList("grant.recoveries.amount", Float.class)).containsExactly(6_000f);
        assertThat(withheld.getString("grant.recoveries[0].collectedOn")).isNull();
        assertThat(withheld.getList("grant.releases.amount", Float.class)).containsExactly(4_000f);
        assertThat(toCommit(YEAR)).isEqualByComparingTo(leftBefore.add(new BigDecimal("4000")));
        String order = withheld.getString("grant.recoveries[0].id");
        assertThat(api.as(VIEWER).queryParam("outstanding", true).get("api/recoveries").jsonPath()
                .getList("id", String.class)).contains(order);
        // and the year's accounting export has its line
        String close = new String(api.as(FUNDING).accept("text/csv").get("api/closes/" + YEAR + ".csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(close).contains("Titre de recette;" + TODAY + ";" + YEAR + ";Fonctionnement;6574;6000,00;École historique");
    }

    /** The due date of the grant's lapse timer, or, when {@code dueNow}, that timer brought to now. */
    private static Instant lapseTimer(String grant, boolean dueNow) throws SQLException {
        String jobs = "from act_ru_job where type_ = 'timer' and process_instance_id_ in (select id_ from act_ru_execution "
                + "where business_key_ = ? and proc_def_id_ like 'school-grant:%')";
        try (Connection db = EngineTables.open(); PreparedStatement query = db.prepareStatement(dueNow
                ? "update act_ru_job set duedate_ = now() - interval '1 second' where id_ in (select id_ " + jobs + ")"
                : "select duedate_ " + jobs)) {
            query.setString(1, grant);
            if (dueNow) {
                assertThat(query.executeUpdate()).isEqualTo(1);
                return Instant.now();
            }
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a lapse timer for " + grant).isTrue();
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    /** The AE of the year's operating budget still to commit. */
    private BigDecimal toCommit(int year) {
        List<Map<String, Object>> budgets = api.as(VIEWER).get("api/budgets/" + year).then().statusCode(200)
                .extract().jsonPath().getList("budgets");
        return budgets.stream().filter(b -> "OPERATING".equals(b.get("kind"))).findFirst()
                .map(b -> new BigDecimal(b.get("toCommit").toString())).orElseThrow();
    }

    private JsonPath awaitStatus(String grant, String status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonPath found = api.as(VIEWER).get("api/grants/" + grant).jsonPath();
        while (!status.equals(found.getString("grant.summary.status")) && System.nanoTime() < until) {
            Thread.sleep(500);
            found = api.as(VIEWER).get("api/grants/" + grant).jsonPath();
        }
        assertThat(found.getString("grant.summary.status")).isEqualTo(status);
        return found;
    }

    @Test
    void refusalsAreCleanAndWriteNothing() {
        String school = historicalSchool("2018-10-01");

        // another role than the funding officer's
        api.as(STAFF).body(requestForm(school, 50_000)).post("api/grants").then().statusCode(403);
        // a school that is not open yet, a school that does not exist
        String future = historicalSchool(StepForms.today().plusYears(1).toString());
        api.as(FUNDING).body(requestForm(future, 50_000)).post("api/grants").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("errors.field", equalTo(List.of("school")));
        api.as(FUNDING).body(requestForm(UUID.randomUUID().toString(), 50_000)).post("api/grants").then().statusCode(404);
        // bad amounts: above the expenses, negative
        api.as(FUNDING).body(requestForm(school, 500_001)).post("api/grants").then().statusCode(422)
                .body("errors.field", equalTo(List.of("amounts[0]")));
        api.as(FUNDING).body(requestForm(school, -5)).post("api/grants").then().statusCode(422);

        api.as(VIEWER).queryParam("school", school).get("api/grants").then().body("size()", equalTo(0));
        api.as(VIEWER).queryParam("school", future).get("api/grants").then().body("size()", equalTo(0));

        // on a grant under way: another role, a vote above the request, a step it is not at
        String grant = request(school, 50_000).then().statusCode(201).extract().path("grant.summary.id");
        api.as(VIEWER).body(Map.of("opinion", "FAVOURABLE", "proposed", List.of(50_000)))
                .post("api/grants/" + grant + "/steps/grant-instruction").then().statusCode(403);
        step(grant, "grant-instruction", Map.of("opinion", "FAVOURABLE", "proposed", List.of(50_001)))
                .then().statusCode(422).body("errors.field", equalTo(List.of("proposed[0]")));
        step(grant, "grant-vote", vote(true, 50_000)).then().statusCode(409);
        api.as(VIEWER).get("api/grants/" + grant).then().statusCode(200).body("step", equalTo("grant-instruction"))
                .body("grant.summary.status", equalTo("REQUESTED")).body("grant.years[0].proposed", equalTo(null));
    }

    private String historicalSchool(String openedOn) {
        return api.as(STAFF).body(Map.of("name", "École historique " + UUID.randomUUID(), "carrier",
                        "Association historique", "departmentCode", "27", "communeCode", "27681", "trades",
                        List.of("Usinage"), "openedOn", openedOn, "capacity", 24))
                .post("api/schools").then().statusCode(201).extract().path("id");
    }

    private Response request(String school, long amount) {
        return api.as(FUNDING).body(requestForm(school, amount)).post("api/grants");
    }

    private static Map<String, Object> requestForm(String school, long amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("school", school);
        form.put("kind", "OPERATING");
        form.put("firstYear", YEAR);
        form.put("amounts", List.of(amount));
        form.put("expenses", 500_000);
        form.put("workshopSales", 170_000);
        form.put("otherFunders", 80_000);
        form.put("apprenticeshipTax", 30_000);
        form.put("purpose", "Fonctionnement de l'école pour l'année " + YEAR + ".");
        return form;
    }

    private static Map<String, Object> vote(boolean granted, long amount) {
        return Map.of("granted", granted, "votedOn", TODAY, "deliberation", "CP-" + YEAR + "-11-042",
                "amounts", granted ? List.of(amount) : List.of(), "justification", "");
    }

    private static Map<String, Object> payment(long amount, String reference) {
        return Map.of("year", YEAR, "amount", amount, "paidOn", TODAY, "reference", reference);
    }

    private Response step(String grant, String step, Map<String, Object> form) {
        return api.as(FUNDING).body(form).post("api/grants/" + grant + "/steps/" + step);
    }

    private static String pdf(Response response) throws Exception {
        response.then().statusCode(200).contentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.asByteArray())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}

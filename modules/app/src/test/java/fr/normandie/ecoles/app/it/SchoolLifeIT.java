package fr.normandie.ecoles.app.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A school's whole life over REST on Payara Micro and PostgreSQL: a school older than the software gets its
 * label date and its re-audits from it, as a school opened through the workflow does; a closure stops the school
 * counting from its day and ends its pending re-audit; coverage at the end of 2021 is the real history; the
 * dashboard of a past day shows the projects then in progress at their steps then. Every refusal writes nothing.
 */
class SchoolLifeIT extends DeployedApplication {

    private static final ZoneId REGION = ZoneId.of("Europe/Paris");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void aHistoricalSchoolGetsItsReAuditTaskOnTheDueDateComputedFromItsLabelDate() throws Exception {
        // Given a school older than the software, labelled by the FNEP two years ago
        String school = historicalSchool("76", "76498", "2014-09-01", 24);
        LocalDate labelledOn = LocalDate.now(REGION).minusYears(2);
        LocalDate due = labelledOn.plusYears(3);

        // its label is the auditors' (or an administrator's) to record, on a day that has come
        for (String user : List.of(STAFF, VIEWER, FUNDING)) {
            assertProblem(api.as(user).body(Map.of("labelledOn", labelledOn.toString()))
                    .post("api/schools/" + school + "/label/historical").then().extract().response(), 403);
        }
        api.as(AUDITOR).body(Map.of("labelledOn", LocalDate.now(REGION).plusDays(1).toString()))
                .post("api/schools/" + school + "/label/historical").then().statusCode(422)
                .body("errors.field", equalTo(List.of("labelledOn")));
        api.as(VIEWER).get("api/schools/" + school + "/label").then().statusCode(200)
                .body("projectId", nullValue()).body("state", equalTo("NOT_AUDITED"));

        // When an auditor records it
        JsonPath label = api.as(AUDITOR).body(Map.of("labelledOn", labelledOn.toString()))
                .post("api/schools/" + school + "/label/historical").then().statusCode(200).extract().jsonPath();

        // Then the school holds the label since that day, and its re-audit is due three years later
        String file = label.getString("projectId");
        assertThat(file).isNotNull();
        assertThat(label.getString("state")).isEqualTo("LABELLED");
        assertThat(label.getString("labelledSince")).isEqualTo(labelledOn.toString());
        assertThat(label.getString("nextAuditDue")).isEqualTo(due.toString());
        assertThat(label.getList("decisions.kind")).containsExactly("GRANTED_BEFORE_SOFTWARE");
        api.as(VIEWER).get("api/labels/" + file).then().statusCode(200).body("state", equalTo("LABELLED"))
                .body("nextAuditDue", equalTo(due.toString())).body("projectStatus", equalTo("OPEN"));
        JsonPath queue = api.as(AUDITOR).get("api/audits/queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("find { it.projectId == '" + file + "' }.kind")).isEqualTo("RE_AUDIT_SCHEDULED");
        assertThat(queue.getString("find { it.projectId == '" + file + "' }.dueOn")).isEqualTo(due.toString());
        // the engine waits for the reminder, three months before the due date, to open the re-audit
        assertThat(renewalTimer(file)).isEqualTo(due.minusMonths(3).atStartOfDay(REGION).toInstant());
        assertThat(reAuditTasks(file)).isEmpty();
        // the record that holds its file is no project: the project list leaves it out, the registry has the school
        assertThat(api.as(STAFF).get("api/projects").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).doesNotContain(file);
        assertThat(api.as(STAFF).queryParam("status", "OPEN").get("api/projects").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).doesNotContain(file);
        // recorded once only
        assertProblem(api.as(AUDITOR).body(Map.of("labelledOn", labelledOn.toString()))
                .post("api/schools/" + school + "/label/historical").then().extract().response(), 409);

        // When the reminder's day comes (the timer's due date brought to now)
        renewalTimerDueNow(file);

        // Then the auditors have the re-audit task, due at the end of the day computed from the label date
        List<Map<String, Object>> tasks = await(() -> reAuditTasks(file));
        assertThat(tasks).hasSize(1);
        assertThat(Instant.parse((String) tasks.get(0).get("due")))
                .isEqualTo(due.plusDays(1).atStartOfDay(REGION).toInstant().minusSeconds(1));
        assertThat(tasks.get(0).get("projectName")).asString().startsWith("École historique");
    }

    @Test
    void aClosedSchoolStopsCountingFromItsClosureDateAndItsPendingReAuditEnds() throws Exception {
        // Given a labelled school of Orne, opened in 2019, awaiting its re-audit
        String school = historicalSchool("61", "61169", "2019-03-01", 16);
        String file = api.as(AUDITOR).body(Map.of("labelledOn", LocalDate.now(REGION).minusYears(1).toString()))
                .post("api/schools/" + school + "/label/historical").then().statusCode(200).extract().path("projectId");
        LocalDate closedOn = LocalDate.of(2020, 6, 30);
        int openBefore = openSchools("61", closedOn.minusDays(1));
        JsonPath dashboardBefore = dashboard(closedOn.minusDays(1));

        // refused, and nothing written: another role, a date before the opening, no reason, a resumption of an open school
        Map<String, Object> closure = Map.of("change", "CLOSURE", "effectiveOn", closedOn.toString(),
                "reason", "Dissolution de l'association porteuse.");
        for (String user : List.of(VIEWER, AUDITOR, FUNDING)) {
            assertProblem(api.as(user).body(closure).post("api/schools/" + school + "/status").then().extract().response(), 403);
        }
        api.as(STAFF).body(Map.of("change", "CLOSURE", "effectiveOn", "2019-02-28", "reason", "Trop tôt"))
                .post("api/schools/" + school + "/status").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("errors.field", equalTo(List.of("effectiveOn")));
        api.as(STAFF).body(Map.of("change", "CLOSURE", "effectiveOn", closedOn.toString(), "reason", " "))
                .post("api/schools/" + school + "/status").then().statusCode(422).body("errors.field", equalTo(List.of("reason")));
        assertProblem(api.as(STAFF).body(Map.of("change", "RESUMPTION", "effectiveOn", closedOn.toString(), "reason", "Rien"))
                .post("api/schools/" + school + "/status").then().extract().response(), 409);
        assertProblem(api.as(STAFF).body(closure).post("api/schools/" + UUID.randomUUID() + "/status")
                .then().extract().response(), 404);
        api.as(VIEWER).get("api/schools/" + school + "/status").then().statusCode(200)
                .body("status", equalTo("OPEN")).body("changes", equalTo(List.of()));
        assertThat(renewalsRunning(file)).isEqualTo(1);

        // When staff close it from 30 June 2020
        api.as(STAFF).body(closure).post("api/schools/" + school + "/status").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("changes[0].change", equalTo("CLOSURE"))
                .body("changes[0].recordedBy", equalTo(STAFF));

        // Then it counts the day before, and no longer on its closure day nor after
        assertThat(openSchools("61", closedOn.minusDays(1))).isEqualTo(openBefore);
        assertThat(openSchools("61", closedOn)).isEqualTo(openBefore - 1);
        assertThat(openSchools("61", closedOn.plusDays(1))).isEqualTo(openBefore - 1);
        JsonPath dashboardAfter = dashboard(closedOn.plusDays(1));
        assertThat(dashboardAfter.getInt("openSchools")).isEqualTo(dashboardBefore.getInt("openSchools") - 1);
        assertThat(dashboardAfter.getLong("places")).isEqualTo(dashboardBefore.getLong("places") - 16);
        api.as(VIEWER).queryParam("on", closedOn.minusDays(1).toString()).get("api/schools/" + school + "/status")
                .then().body("status", equalTo("OPEN"));

        // and its pending re-audit ended, with the reason kept by the engine and the label
        assertThat(renewalsRunning(file)).isZero();
        assertThat(renewalEndReason(file)).startsWith("École fermée le 30/06/2020 : Dissolution");
        api.as(VIEWER).get("api/labels/" + file).then().body("nextAuditDue", nullValue());
        JsonPath queue = api.as(AUDITOR).get("api/audits/queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getList("findAll { it.projectId == '" + file + "' }")).isEmpty();

        // and a closed school is closed for good: closing it again is refused, nothing written
        assertProblem(api.as(STAFF).body(closure).post("api/schools/" + school + "/status").then().extract().response(), 409);
        api.as(VIEWER).get("api/schools/" + school + "/status").then().body("changes.size()", equalTo(1));
    }

    /**
     * {@code GET /api/labels} is cut by the database (issue 18): its pages, put end to end, are every audited
     * school's status as the rule computes it for that school alone ({@code GET /api/labels/{id}}), the most recently
     * audited first, equal days by the project's id as PostgreSQL orders uuids; the labels granted on one day, the
     * withdrawn one and the audited projects of the other classes included.
     */
    @Test
    void theLabelStatusesByPagesAreEachSchoolsOwnTheMostRecentlyAuditedFirst() {
        // Given five schools labelled before the software, three of them on one day, one withdrawn since
        LocalDate sameDay = LocalDate.now(REGION).minusYears(1).minusDays(11);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String school = historicalSchool("14", "14118", "2015-09-01", 12);
            files.add(api.as(AUDITOR).body(Map.of("labelledOn", (i < 3 ? sameDay : sameDay.minusDays(i)).toString()))
                    .post("api/schools/" + school + "/label/historical").then().statusCode(200).extract().path("projectId"));
            if (i == 4) {
                api.as(AUDITOR).body(Map.of("withdrawnOn", LocalDate.now(REGION).toString(), "reason", "Atelier fermé."))
                        .post("api/schools/" + school + "/label/withdrawal").then().statusCode(200);
            }
        }

        // When they are read by pages of two
        List<Map<String, Object>> paged = new ArrayList<>();
        for (int first = 0; ; first += 2) {
            List<Map<String, Object>> page = api.as(VIEWER).queryParam("first", first).queryParam("max", 2)
                    .get("api/labels").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(page.size()).isLessThanOrEqualTo(2);
            if (page.isEmpty()) {
                break;
            }
            paged.addAll(page);
        }

        // Then each is that school's status, in the order, and ours are there, the withdrawn one too
        assertThat(paged).extracting(label -> label.get("projectId")).doesNotHaveDuplicates().containsAll(files);
        for (Map<String, Object> label : paged) {
            Map<String, Object> alone = new HashMap<>(api.as(VIEWER).get("api/labels/" + label.get("projectId")).then()
                    .statusCode(200).extract().jsonPath().getMap("$"));
            alone.put("openActions", List.of());
            assertThat(label).isEqualTo(alone);
        }
        assertThat(paged.stream().filter(label -> files.get(4).equals(label.get("projectId"))).findFirst().orElseThrow())
                .containsEntry("state", "WITHDRAWN");
        Comparator<Map<String, Object>> mostRecentlyAudited = Comparator
                .comparing((Map<String, Object> label) -> LocalDate.parse((String) label.get("lastAuditedOn"))).reversed()
                .thenComparing(label -> UUID.fromString((String) label.get("projectId")), Comparator
                        .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                        .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned));
        assertThat(paged).isSortedAccordingTo(mostRecentlyAudited);
        if (paged.size() <= 200) {
            assertThat(api.as(VIEWER).queryParam("max", 200).get("api/labels").then().statusCode(200).extract()
                    .jsonPath().getList("$")).isEqualTo(paged);
        }
    }

    @Test
    void auditorsWithdrawALabelAndItsPendingReAuditEnds() throws Exception {
        String school = historicalSchool("27", "27229", "2018-10-01", 24);
        api.as(AUDITOR).body(Map.of("withdrawnOn", LocalDate.now(REGION).toString(), "reason", "Rien à retirer"))
                .post("api/schools/" + school + "/label/withdrawal").then().statusCode(409);
        String file = api.as(AUDITOR).body(Map.of("labelledOn", LocalDate.now(REGION).minusMonths(6).toString()))
                .post("api/schools/" + school + "/label/historical").then().statusCode(200).extract().path("projectId");

        Map<String, Object> withdrawal = Map.of("withdrawnOn", LocalDate.now(REGION).toString(),
                "reason", "Atelier fermé depuis trois mois, aucune production.");
        api.as(STAFF).body(withdrawal).post("api/schools/" + school + "/label/withdrawal").then().statusCode(403);
        api.as(AUDITOR).body(Map.of("withdrawnOn", LocalDate.now(REGION).minusYears(1).toString(), "reason", "Trop tôt"))
                .post("api/schools/" + school + "/label/withdrawal").then().statusCode(422)
                .body("errors.field", equalTo(List.of("withdrawnOn")));
        assertThat(renewalsRunning(file)).isEqualTo(1);

        api.as(AUDITOR).body(withdrawal).post("api/schools/" + school + "/label/withdrawal").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("stateLabel", equalTo("Label retiré"))
                .body("decisions.kind", equalTo(List.of("GRANTED_BEFORE_SOFTWARE", "WITHDRAWN")));
        api.as(VIEWER).get("api/labels/" + file).then().body("state", equalTo("WITHDRAWN"));
        assertThat(renewalsRunning(file)).isZero();
        assertThat(renewalEndReason(file)).startsWith("Label retiré le ");
        // a withdrawn label is not withdrawn twice; the school itself stays open (the Region decides that)
        api.as(AUDITOR).body(withdrawal).post("api/schools/" + school + "/label/withdrawal").then().statusCode(409);
        api.as(VIEWER).get("api/schools/" + school + "/status").then().body("status", equalTo("OPEN"));
    }

    @Test
    void coverageAtTheEndOf2021IsTheRealHistory() {
        // Given the six schools of Normandie with their real opening dates (shared/DOMAIN.md)
        realSchool("École de production de Petit-Quevilly", "76", "76498", "2014-09-01");
        realSchool("Usin'Eure", "27", "27229", "2018-10-01");
        realSchool("École d'usinage du Cotentin", "50", "50615", "2020-01-06");
        realSchool("École des Semeurs", "27", "27049", "2020-09-01");
        realSchool("École de production de Caen", "14", "14118", "2021-09-01");
        realSchool("École de production de Flers", "61", "61169", "2023-09-01");

        // Then against the 2019 target, at the end of 2021, Orne has missed it and the four others met it
        JsonPath coverage = api.as(VIEWER).queryParam("asOf", "2021-12-31").get("api/coverage").then().statusCode(200)
                .extract().jsonPath();
        assertThat(coverage.getMap("collectEntries { [it.code, it.status] }")).isEqualTo(
                Map.of("14", "MET", "27", "MET", "50", "MET", "61", "MISSED", "76", "MET"));
        assertThat(coverage.getString("find { it.code == '14' }.metOn")).isEqualTo("2021-09-01");
        assertThat(coverage.getString("find { it.code == '50' }.metOn")).isEqualTo("2020-01-06");
        assertThat(coverage.getString("find { it.code == '76' }.metOn")).isEqualTo("2014-09-01");
        assertThat(coverage.getInt("find { it.code == '61' }.openSchools")).isZero();
        // and Flers, open since September 2023, does not change that
        JsonPath later = api.as(VIEWER).queryParam("asOf", "2023-09-01").get("api/coverage").then().extract().jsonPath();
        assertThat(later.getString("find { it.code == '61' }.status")).isEqualTo("MISSED");
        assertThat(later.getInt("find { it.code == '61' }.openSchools")).isPositive();
    }

    @Test
    void theDashboardOfAPastDayListsTheProjectsThenInProgressAtTheirStepThen() throws Exception {
        // Given a project registered twenty days ago whose backing was recorded ten days ago,
        String early = api.register("50", "50129", "École du passé " + UUID.randomUUID());
        History.shift(early, Duration.ofDays(10));
        api.step(STAFF, early, "territorial-backing", Api.backing(true));
        History.shift(early, Duration.ofDays(10));
        // and one registered eight days ago, abandoned today
        String late = api.register("14", "14047", "École d'hier " + UUID.randomUUID());
        History.shift(late, Duration.ofDays(8));
        api.as(STAFF).body(Map.of("reason", "Le porteur renonce.")).post("api/projects/" + late + "/abandon")
                .then().statusCode(200);
        LocalDate today = LocalDate.now(REGION);

        // Then fifteen days ago only the first was in progress, waiting for its territorial backing
        JsonPath fifteen = dashboard(today.minusDays(15));
        assertThat(fifteen.getList("projects.id")).containsExactly(early);
        assertThat(fifteen.getList("projects[0].steps")).containsExactly("territorial-backing");
        assertThat(fifteen.getString("projects[0].lastStep")).isNull();
        assertThat(fifteen.getLong("projectsInProgress")).isEqualTo(1);

        // a week ago, the first waited for its opportunity study and the second for its backing
        JsonPath week = dashboard(today.minusDays(7));
        assertThat(week.getList("projects.id")).containsExactlyInAnyOrder(early, late);
        assertThat(week.getList("projects.find { it.id == '" + early + "' }.steps")).containsExactly("opportunity-study");
        assertThat(week.getList("projects.find { it.id == '" + late + "' }.steps")).containsExactly("territorial-backing");
        assertThat(week.getMap("waitingByStep")).isEqualTo(Map.of("territorial-backing", 1, "opportunity-study", 1));

        // yesterday the second was still in progress; today, abandoned, it no longer is
        assertThat(dashboard(today.minusDays(1)).getList("projects.id")).contains(early, late);
        assertThat(dashboard(today).getList("projects.id")).contains(early).doesNotContain(late);
        assertThat(dashboard(today).getList("projects.find { it.id == '" + early + "' }.steps")).containsExactly("opportunity-study");

        // When the first one's planned opening is moved today, a past day keeps the planned opening it had then
        JsonPath registered = api.project(early).then().statusCode(200).extract().jsonPath();
        String plannedThen = registered.getString("plannedOpening");
        String slipped = LocalDate.parse(plannedThen).plusYears(1).toString();
        Map<String, Object> edit = new HashMap<>();
        for (String field : List.of("name", "carrier", "departmentCode", "communeCode", "trades", "capacity",
                "plannedOpening", "carrierLegalForm", "carrierNonProfit", "carrierSiren", "diplomas",
                "familyContribution")) {
            edit.put(field, registered.get(field));
        }
        edit.put("plannedOpening", slipped);
        edit.put("version", registered.getLong("version"));
        api.as(STAFF).body(edit).put("api/projects/" + early).then().statusCode(200);
        assertThat(dashboard(today.minusDays(1)).getString("projects.find { it.id == '" + early + "' }.plannedOpening"))
                .isEqualTo(plannedThen);
        assertThat(dashboard(today).getString("projects.find { it.id == '" + early + "' }.plannedOpening"))
                .isEqualTo(slipped);
    }

    private String historicalSchool(String department, String commune, String openedOn, int capacity) {
        return api.as(STAFF).body(Map.of("name", "École historique " + UUID.randomUUID(), "carrier", "Association historique",
                        "departmentCode", department, "communeCode", commune, "trades", List.of("Usinage"),
                        "openedOn", openedOn, "capacity", capacity))
                .post("api/schools").then().statusCode(201).extract().path("id");
    }

    /** Registers a real school, unless an earlier run of the class already did (same name, same commune). */
    private void realSchool(String name, String department, String commune, String openedOn) {
        int status = api.as(STAFF).body(Map.of("name", name, "carrier", "Association " + name,
                "departmentCode", department, "communeCode", commune, "trades", List.of("Usinage"),
                "openedOn", openedOn, "capacity", 16)).post("api/schools").statusCode();
        assertThat(status).as(name).isIn(201, 409);
    }

    private int openSchools(String department, LocalDate on) {
        return api.as(VIEWER).queryParam("asOf", on.toString()).get("api/coverage").then().statusCode(200)
                .extract().jsonPath().getInt("find { it.code == '" + department + "' }.openSchools");
    }

    private JsonPath dashboard(LocalDate on) {
        return api.as(VIEWER).queryParam("asOf", on.toString()).get("api/dashboard").then().statusCode(200)
                .extract().jsonPath();
    }

    private List<Map<String, Object>> reAuditTasks(String file) {
        return api.as(AUDITOR).queryParam("project", file).queryParam("step", "label-renewal-audit")
                .get("api/tasks").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static void assertProblem(io.restassured.response.Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
    }

    private static List<Map<String, Object>> await(java.util.function.Supplier<List<Map<String, Object>>> tasks)
            throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        List<Map<String, Object>> found = tasks.get();
        while (found.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(500);
            found = tasks.get();
        }
        return found;
    }

    /** When the renewal's timer (the reminder before the re-audit) falls due. */
    private static Instant renewalTimer(String file) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement query = db.prepareStatement("""
                select duedate_ from act_ru_job where type_ = 'timer' and process_instance_id_ in
                  (select id_ from act_ru_execution where business_key_ = ? and proc_def_id_ like 'label-renewal:%')""")) {
            query.setString(1, file);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a renewal timer for " + file).isTrue();
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    private static void renewalTimerDueNow(String file) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement update = db.prepareStatement("""
                update act_ru_job set duedate_ = now() - interval '1 second' where type_ = 'timer'
                   and process_instance_id_ in (select id_ from act_ru_execution where business_key_ = ?
                   and proc_def_id_ like 'label-renewal:%')""")) {
            update.setString(1, file);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static int renewalsRunning(String file) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement query = db.prepareStatement("""
                select count(*) from act_ru_execution where business_key_ = ? and id_ = proc_inst_id_
                   and proc_def_id_ like 'label-renewal:%'""")) {
            query.setString(1, file);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Why the school's last renewal process ended, as the engine's history keeps it. */
    private static String renewalEndReason(String file) throws SQLException {
        try (Connection db = EngineTables.open(); PreparedStatement query = db.prepareStatement("""
                select delete_reason_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'label-renewal'
                 order by end_time_ desc limit 1""")) {
            query.setString(1, file);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /**
     * Moves everything recorded of a project back in time, as if it had happened that much earlier: its
     * registration, its journal, and the engine's history of its process, activities and tasks. A past day's
     * dashboard can then be asked about projects of this test.
     */
    private static final class History {

        private History() {
        }

        static void shift(String project, Duration back) throws SQLException {
            String interval = back.toSeconds() + " seconds";
            try (Connection db = EngineTables.open()) {
                db.setAutoCommit(false);
                update(db, "update schools.project set registered_at = registered_at - cast(? as interval) where id = cast(? as uuid)",
                        interval, project);
                update(db, "update schools.project_event set occurred_at = occurred_at - cast(? as interval) where project_id = cast(? as uuid)",
                        interval, project);
                String instances = "(select id_ from act_hi_procinst where business_key_ = ?)";
                update(db, "update act_hi_procinst set start_time_ = start_time_ - cast(? as interval), "
                        + "end_time_ = end_time_ - cast(? as interval) where business_key_ = ?", interval, interval, project);
                update(db, "update act_hi_actinst set start_time_ = start_time_ - cast(? as interval), "
                        + "end_time_ = end_time_ - cast(? as interval) where proc_inst_id_ in " + instances,
                        interval, interval, project);
                update(db, "update act_hi_taskinst set start_time_ = start_time_ - cast(? as interval), "
                        + "end_time_ = end_time_ - cast(? as interval) where proc_inst_id_ in " + instances,
                        interval, interval, project);
                db.commit();
            }
        }

        private static void update(Connection db, String sql, String... parameters) throws SQLException {
            try (PreparedStatement update = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setString(i + 1, parameters[i]);
                }
                update.executeUpdate();
            }
        }
    }
}

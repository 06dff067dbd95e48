package fr.normandie.ecoles.app.it;

import fr.normandie.ecoles.fixtures.StepForms;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * FNEP label audits over REST on Payara Micro and PostgreSQL: the criteria catalogue, an inspection with
 * its findings and corrective actions, the follow-up that verifies them, the label status, the re-audit
 * scheduled once the school opens, the auditor's queue, the PDF report, and the bad input refused.
 */
class LabelAuditIT extends DeployedApplication {

    @Test
    void theCatalogueIsSeededWithTheLabelsFundamentalsAndAdministratorsPublishNewVersions() {
        // Given the seeded catalogue
        JsonPath current = api.as(AUDITOR).get("api/criteria/current").then().statusCode(200).extract().jsonPath();
        assertThat(current.getList("themes.code")).contains("PROD", "PEDA", "ACCES", "DIPL", "ANCR");
        assertThat(current.getList("themes.criteria.flatten().wording", String.class))
                .anyMatch(w -> w.contains("au plus 12 élèves")).anyMatch(w -> w.contains("livret de suivi"));
        int number = current.getInt("number");

        // When an administrator publishes a version with one more criterion
        Map<String, Object> draft = new HashMap<>(Map.of("note", "Ajout d'un critère sur la mobilité des élèves."));
        List<Object> themes = new ArrayList<>(current.getList("themes"));
        themes.add(Map.of("code", "MOB" + (number + 1), "title", "Mobilité", "criteria", List.of(Map.of(
                "code", "MOB-" + (number + 1), "wording", "L'école aide les élèves à venir jusqu'à l'atelier.",
                "guidance", "Conventions de transport, aides au permis."))));
        draft.put("themes", themes);
        String location = api.as("admin", System.getProperty("it.admin.password")).body(draft).post("api/criteria")
                .then().statusCode(201).body("number", equalTo(number + 1)).extract().header("Location");

        // Then it is the current version, and the earlier one is unchanged
        assertThat(location).endsWith("/api/criteria/" + (number + 1));
        api.as(VIEWER).get("api/criteria/current").then().body("number", equalTo(number + 1));
        api.as(VIEWER).get("api/criteria/" + number).then().statusCode(200)
                .body("themes.code", equalTo(current.getList("themes.code")));
        api.as(VIEWER).get("api/criteria").then().body("number", hasItem(number));

        // and only an administrator publishes, a valid catalogue only
        api.as(AUDITOR).body(draft).post("api/criteria").then().statusCode(403);
        draft.put("themes", List.of(Map.of("code", "A", "title", "A", "criteria", List.of(
                Map.of("code", "X-1", "wording", "Un"), Map.of("code", "X-1", "wording", "Deux")))));
        api.as("admin", System.getProperty("it.admin.password")).body(draft).post("api/criteria")
                .then().statusCode(422).body("errors.field", equalTo(List.of("uniqueCodes")));
        api.as(VIEWER).get("api/criteria/999").then().statusCode(404);
    }

    @Test
    void aConditionalLabelIsSettledByAFollowUpThenTheOpenSchoolAwaitsItsReAudit() throws IOException {
        // Given a project at its label audit, in the auditor's queue
        String id = api.register("61", "61214");
        api.walkTo(id, "label-audit");
        assertThat(queueKinds(id)).containsExactly("TO_PREPARE");
        String task = api.task(AUDITOR, id, "label-audit");
        api.as(AUDITOR).post("api/tasks/" + task + "/claim").then().statusCode(204);
        assertThat(queueKinds(id)).containsExactly("IN_PROGRESS");

        // When the audit finds a major non-conformity and grants the label subject to a corrective action
        api.step(AUDITOR, id, "label-audit", api.audit("CONDITIONAL"));

        // Then the label is conditional, the action pending, the follow-up due once it falls due
        LocalDate actionDue = StepForms.today().plusMonths(2);
        api.as(STAFF).get("api/labels/" + id).then().statusCode(200)
                .body("state", equalTo("CONDITIONAL")).body("conditionsPending", equalTo(1))
                .body("labelledSince", equalTo(StepForms.today().minusDays(2).toString()))
                .body("nextAuditDue", equalTo(actionDue.toString()))
                .body("openActions[0].severity", equalTo("MAJOR"))
                .body("openActions[0].status", equalTo("OPEN"));
        assertThat(queueKinds(id)).containsExactly("FOLLOW_UP_DUE");
        JsonPath audits = api.as(VIEWER).queryParam("project", id).get("api/audits").then().statusCode(200)
                .extract().jsonPath();
        assertThat(audits.getList("kind")).containsExactly("LABEL");
        String auditId = audits.getString("[0].id");
        JsonPath audit = api.as(VIEWER).get("api/audits/" + auditId).then().statusCode(200).extract().jsonPath();
        int criteria = audit.getList("verdicts").size();
        assertThat(audit.getString("project")).isEqualTo(id);
        assertThat(audit.getInt("catalogueVersion")).isPositive();
        assertThat(audit.getList("auditors")).containsExactly("Claire Martin", "Hugo Lefèvre");
        assertThat(audit.getString("findings[0].severity")).isEqualTo("MAJOR");
        assertThat(audit.getString("findings[0].actions[0].dueOn")).isEqualTo(actionDue.toString());
        assertThat(audit.getInt("scores.overall")).isEqualTo(Math.round(100f * (criteria - 1) / criteria));
        assertThat(audit.getList("scores.themes.score")).contains(75);

        // and its report is a PDF in French, with the criteria, verdicts, finding, action and signatures
        Response report = api.as(VIEWER).accept("application/pdf").get("api/audits/" + auditId + "/report");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("application/pdf");
        String text = text(report.asByteArray());
        String projectName = api.project(id).jsonPath().getString("name");
        assertThat(text).contains("Rapport d'audit — label FNEP", "Audit de labellisation", projectName,
                "L'Aigle (61)", "Claire Martin, Hugo Lefèvre", "Labellisée sous réserve d'actions correctives",
                "Chaque maître professionnel encadre au plus 12 élèves.", "Non conforme", "Conforme",
                "Non-conformité majeure", "Quinze élèves pour un seul maître professionnel.",
                "Recruter un second maître professionnel", "Président de l'association", "Signatures",
                "Pour l'équipe d'audit FNEP", "Nom, date et signature");

        // When the follow-up labels the school without verifying the action, then after verifying it
        String followUp = api.task(AUDITOR, id, "label-follow-up");
        Map<String, Object> unverified = new HashMap<>(api.followUp(id, "LABELLED"));
        unverified.put("actionReviews", List.of());
        api.complete(AUDITOR, followUp, unverified).then().statusCode(422)
                .body("errors.field", equalTo(List.of("actionReviews", "outcome")));
        api.step(AUDITOR, id, "label-follow-up", api.followUp(id, "LABELLED"));

        // Then the school is labelled since its first audit, with nothing pending
        api.as(STAFF).get("api/labels/" + id).then().body("state", equalTo("LABELLED"))
                .body("conditionsPending", equalTo(0)).body("openActions", equalTo(List.of()))
                .body("labelledSince", equalTo(StepForms.today().minusDays(2).toString()));

        // and once it opens, its first re-audit is scheduled three years after the label was granted
        api.step(FUNDING, id, "subsidy-decision", Api.subsidy("GRANTED", 350_000, 150_000));
        api.step(STAFF, id, "opening", Api.opening());
        String reAuditDue = StepForms.today().plusYears(3).toString();
        api.as(STAFF).get("api/labels/" + id).then().body("nextAuditDue", equalTo(reAuditDue));
        JsonPath queue = api.as(AUDITOR).get("api/audits/queue").then().statusCode(200).extract().jsonPath();
        assertThat(queue.getString("find { it.projectId == '" + id + "' }.kind")).isEqualTo("RE_AUDIT_SCHEDULED");
        assertThat(queue.getString("find { it.projectId == '" + id + "' }.dueOn")).isEqualTo(reAuditDue);
        api.as(VIEWER).get("api/labels").then().statusCode(200).body("projectId", hasItem(id));
        // in pages
        api.as(VIEWER).queryParam("max", 1).get("api/labels").then().statusCode(200).body("$", hasSize(1));
        api.as(VIEWER).queryParam("max", 0).get("api/labels").then().statusCode(400);
    }

    @Test
    void anAuditBreakingTheLabelsRulesIsRefusedAndNothingIsStored() {
        // Given a project at its label audit
        String id = api.register("14", "14118");
        api.walkTo(id, "label-audit");
        String task = api.task(AUDITOR, id, "label-audit");

        // a verdict on a criterion the catalogue does not have
        Map<String, Object> unknownCriterion = withVerdict(api.audit("LABELLED"), "XYZ-1");
        api.complete(AUDITOR, task, unknownCriterion).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", startsWith("verdicts[")).body("errors[0].message", org.hamcrest.Matchers.containsString("XYZ-1"));
        // a conditional label without corrective actions
        Map<String, Object> noActions = new HashMap<>(api.audit("REFUSED"));
        noActions.put("outcome", "CONDITIONAL");
        api.complete(AUDITOR, task, noActions).then().statusCode(422)
                .body("errors.field", equalTo(List.of("findings[0].actions", "outcome")));
        // the label granted despite a major non-conformity
        Map<String, Object> labelledMajor = new HashMap<>(api.audit("CONDITIONAL"));
        labelledMajor.put("outcome", "LABELLED");
        api.complete(AUDITOR, task, labelledMajor).then().statusCode(422)
                .body("errors.field", equalTo(List.of("outcome")));
        // a corrective action due in the past
        Map<String, Object> pastDue = withAction(api.audit("CONDITIONAL"), Api.action(StepForms.today().minusDays(1)));
        api.complete(AUDITOR, task, pastDue).then().statusCode(422)
                .body("errors.field", equalTo(List.of("findings[0].actions[0].dueOn")));
        // a missing site and an unknown verdict
        Map<String, Object> noSite = new HashMap<>(api.audit("LABELLED"));
        noSite.remove("site");
        api.complete(AUDITOR, task, noSite).then().statusCode(422).body("errors.field", equalTo(List.of("site")));
        // a non-auditor recording the audit
        api.complete(STAFF, task, api.audit("LABELLED")).then().statusCode(403);

        // Then nothing was stored: no audit, no label, the task still open
        api.as(VIEWER).queryParam("project", id).get("api/audits").then().body("id", equalTo(List.of()));
        api.as(VIEWER).get("api/labels/" + id).then().body("state", equalTo("NOT_AUDITED"));
        assertThat(api.task(AUDITOR, id, "label-audit")).isEqualTo(task);
        api.project(id).then().body("currentSteps", equalTo(List.of("label-audit")));
    }

    @Test
    void theQueueIsTheAuditorsAndUnknownAuditsAreNotFound() {
        api.as(STAFF).get("api/audits/queue").then().statusCode(403);
        api.anonymous().get("api/audits/queue").then().statusCode(401);
        api.as(VIEWER).get("api/audits/" + UUID.randomUUID() + "/report").then().statusCode(404);
        api.as(VIEWER).get("api/audits/not-an-id").then().statusCode(404);
        api.as(VIEWER).get("api/labels/" + UUID.randomUUID()).then().statusCode(404);
    }

    private List<String> queueKinds(String projectId) {
        return api.as(AUDITOR).get("api/audits/queue").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.projectId == '" + projectId + "' }.kind", String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withVerdict(Map<String, Object> form, String criterion) {
        Map<String, Object> changed = new HashMap<>(form);
        List<Object> verdicts = new ArrayList<>((List<Object>) form.get("verdicts"));
        verdicts.add(Map.of("criterion", criterion, "verdict", "COMPLIANT"));
        changed.put("verdicts", verdicts);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withAction(Map<String, Object> form, Map<String, Object> action) {
        Map<String, Object> changed = new HashMap<>(form);
        Map<String, Object> finding = new HashMap<>(((List<Map<String, Object>>) form.get("findings")).get(0));
        finding.put("actions", List.of(action));
        changed.put("findings", List.of(finding));
        return changed;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}

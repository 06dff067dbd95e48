package fr.normandie.ecoles.app.it;

import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.STAFF_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A project's whole life over REST, on Payara Micro and PostgreSQL, each step by its role. */
@ExtendWith(ArquillianExtension.class)
class SchoolOpeningJourneyIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Api.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void accounts() {
        api = new Api(base);
        api.openAccounts();
        api.ensureEnvelope(Api.YEAR, 100_000_000);
    }

    @Test
    void aProjectWalksFromRegistrationToAnOpenSchool() {
        // Given a project registered in Orne
        int openBefore = openSchoolsInOrne();
        String id = api.register("61", "61214");
        api.project(id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("currentSteps", equalTo(List.of("territorial-backing")))
                .body("communeName", equalTo("L'Aigle"));

        // When each role completes its step
        api.step(STAFF, id, "territorial-backing", Api.backing(true));
        api.step(STAFF, id, "opportunity-study", Api.study("RESERVED"));
        api.step(STAFF, id, "insertion-commitment", Api.insertion(true));
        api.step(AUDITOR, id, "label-audit", Api.audit("LABELLED"));
        api.step(FUNDING, id, "subsidy-decision", Api.subsidy("GRANTED", 350_000, 150_000));
        api.step(STAFF, id, "opening", Api.opening());

        // Then the school is open, every step is in the history, and Orne counts one more school
        JsonPath project = api.project(id).then().statusCode(200).extract().jsonPath();
        assertThat(project.getString("status")).isEqualTo("OPEN");
        assertThat(project.getList("currentSteps")).isEmpty();
        assertThat(project.getList("history.step")).containsExactly("territorial-backing", "opportunity-study",
                "insertion-commitment", "label-audit", "subsidy-decision", "opening");
        assertThat(project.getList("history.completedBy"))
                .containsExactly(STAFF, STAFF, STAFF, AUDITOR, FUNDING, STAFF);
        assertThat(project.getList("history.outcome")).containsExactly("SUFFICIENT", "RESERVED", "SECURED",
                "LABELLED", "GRANTED", "OPENED");
        assertThat(project.getList("history.completedAt")).doesNotContainNull();
        assertThat(openSchoolsInOrne()).isEqualTo(openBefore + 1);
    }

    @Test
    void insufficientBackingAndUnsecuredInsertionAreAskedAgain() {
        String id = api.register("50", "50615");

        api.step(STAFF, id, "territorial-backing", Api.backing(false));
        api.project(id).then().body("currentSteps", equalTo(List.of("territorial-backing")));
        api.step(STAFF, id, "territorial-backing", Api.backing(true));
        api.step(STAFF, id, "opportunity-study", Api.study("FAVOURABLE"));
        api.step(STAFF, id, "insertion-commitment", Api.insertion(false));

        api.project(id).then().body("currentSteps", equalTo(List.of("insertion-commitment")))
                .body("history.outcome", equalTo(List.of("INSUFFICIENT", "SUFFICIENT", "FAVOURABLE", "NOT_SECURED")));
    }

    @Test
    void anUnfavourableStudyClosesTheProject() {
        String id = api.register("14", "14118");
        api.walkTo(id, "opportunity-study");

        api.step(STAFF, id, "opportunity-study", Api.study("UNFAVOURABLE"));

        api.project(id).then().body("status", equalTo("CLOSED"))
                .body("currentSteps", equalTo(List.of()))
                .body("endReason", equalTo("Étude d'opportunité défavorable"));
    }

    @Test
    void aConditionalLabelWaitsForTheFollowUpAuditAndARefusalThereClosesTheProject() {
        String id = api.register("27", "27229");
        api.walkTo(id, "label-audit");

        api.step(AUDITOR, id, "label-audit", Api.audit("CONDITIONAL"));
        api.project(id).then().body("currentSteps", equalTo(List.of("label-follow-up")));
        api.step(AUDITOR, id, "label-follow-up", Api.audit("REFUSED"));

        api.project(id).then().body("status", equalTo("CLOSED")).body("endReason", equalTo("Label FNEP refusé"));
    }

    @Test
    void aRefusedSubsidyClosesTheProject() {
        String id = api.register("76", "76540");
        api.walkTo(id, "subsidy-decision");

        api.step(FUNDING, id, "subsidy-decision", Api.subsidy("REFUSED", 0, 0));

        api.project(id).then().body("status", equalTo("CLOSED"))
                .body("endReason", equalTo("Subvention régionale refusée"));
    }

    @Test
    void staffCanAbandonAProjectAtAnyStepWithAReason() {
        String id = api.register("61", "61169");
        api.walkTo(id, "insertion-commitment");

        api.as(STAFF).body("{\"reason\":\"Le porteur se retire.\"}").post("api/projects/" + id + "/abandon")
                .then().statusCode(200).body("status", equalTo("ABANDONED"))
                .body("endReason", equalTo("Le porteur se retire."))
                .body("currentSteps", equalTo(List.of()));
        assertThat(api.as(STAFF).queryParam("project", id).get("api/tasks").jsonPath().getList("id")).isEmpty();
        api.as(STAFF).body("{\"reason\":\"Encore\"}").post("api/projects/" + id + "/abandon")
                .then().statusCode(409);
    }

    @Test
    void ofTwoPeopleCompletingTheSameTaskAtOnceExactlyOneSucceeds() throws Exception {
        // Given one open backing task, seen by two staff members
        String id = api.register("14", "14047");
        String task = api.task(STAFF, id, "territorial-backing");

        // When both complete it at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String user : List.of(STAFF, STAFF_2)) {
            Callable<Integer> completion = () -> {
                start.await();
                return api.complete(user, task, Api.backing(true)).statusCode();
            };
            answers.add(pool.submit(completion));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        // Then one gets 200, the other 409, and the step is recorded once
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        api.project(id).then().body("history.step", equalTo(List.of("territorial-backing")))
                .body("currentSteps", equalTo(List.of("opportunity-study")));
    }

    @Test
    void aDomainWriteThatFailsLeavesTheTaskOpenAndNothingStored() {
        // Given a school already open under a name in Valognes, and a second project of the same name there
        String name = "École de production " + UUID.randomUUID();
        String first = api.register("50", "50615", name);
        api.walkTo(first, "opening");
        api.step(STAFF, first, "opening", Api.opening());
        String second = api.register("50", "50615", name);
        api.walkTo(second, "opening");
        String task = api.task(STAFF, second, "opening");

        // When its opening is refused by the schools registry
        api.complete(STAFF, task, Api.opening()).then().statusCode(409);

        // Then the task is still open, the project in progress, and no trace of the opening was kept
        assertThat(api.task(STAFF, second, "opening")).isEqualTo(task);
        JsonPath project = api.project(second).jsonPath();
        assertThat(project.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(project.getList("history.step")).doesNotContain("opening");
    }

    private int openSchoolsInOrne() {
        return api.as(Api.VIEWER).get("api/coverage").jsonPath().getInt("find { it.code == '61' }.openSchools");
    }
}

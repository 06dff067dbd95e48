package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantLapses;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code bpmn/school-grant.bpmn} on an in-memory H2 engine: refused by the committee; granted under an
 * agreement, paid in instalments, the use report justifying the balance; granted below the threshold, paid at once;
 * the balance withheld when the report does not justify the money; the grant lapsing when its agreement is not signed
 * by its last day, and not when it is.
 */
class SchoolGrantProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    /** The agreement's last day to be signed, as the fake funding module answers it. */
    private static final LocalDate LAST_DAY_TO_SIGN = LocalDate.of(2027, 3, 15);

    private static final List<GrantId> LAPSED = new CopyOnWriteArrayList<>();

    private ProcessInstance instance;

    private static ProcessEngine inMemoryEngine() {
        GrantLapses lapses = new GrantLapses() {
            @Override
            public LocalDate lastDayToSign(GrantId id) {
                return LAST_DAY_TO_SIGN;
            }

            @Override
            public boolean lapse(GrantId id) {
                return LAPSED.add(id);
            }
        };
        return InMemoryEngines.with(Map.of("stepDeadlines", new StepDeadlines(key -> Optional.empty()),
                "grantAgreementLapse", new GrantAgreementLapse(lapses)), SchoolGrantProcess.RESOURCE);
    }

    @BeforeEach
    void aRequestReceived() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        LAPSED.clear();
        instance = runtimeService().startProcessInstanceByKey(SchoolGrantProcess.KEY, UUID.randomUUID().toString());
    }

    @Test
    void aRefusedGrantEndsAfterTheVote() {
        // Given the request instructed
        assertThat(instance).isWaitingAt(SchoolGrantProcess.INSTRUCTION);
        assertThat(task(instance)).hasCandidateGroup("funding");
        complete(task(instance), withVariables("grantInstruction", "UNFAVOURABLE"));

        // When the committee refuses it
        assertThat(instance).isWaitingAt(SchoolGrantProcess.VOTE);
        complete(task(instance), withVariables("grantVote", "REFUSED"));

        // Then the grant ends there
        assertThat(instance).isEnded().hasPassed(SchoolGrantProcess.END_REFUSED);
    }

    @Test
    void aGrantUnderAgreementIsSignedPaidReportedThenPaidItsBalance() {
        // Given a grant voted above the threshold
        complete(task(instance), withVariables("grantInstruction", "FAVOURABLE"));
        complete(task(instance), withVariables("grantVote", "GRANTED_UNDER_AGREEMENT"));

        // When its agreement is signed and two instalments are paid
        assertThat(instance).isWaitingAt(SchoolGrantProcess.AGREEMENT);
        complete(task(instance), withVariables("grantAgreement", "SIGNED"));
        assertThat(instance).isWaitingAt(SchoolGrantProcess.PAYMENT);
        complete(task(instance), withVariables("grantPayment", "INSTALMENTS_REMAIN"));
        assertThat(instance).isWaitingAt(SchoolGrantProcess.PAYMENT);
        complete(task(instance), withVariables("grantPayment", "REPORT_AWAITED"));

        // Then the use report comes before the balance, which closes the grant
        assertThat(instance).isWaitingAt(SchoolGrantProcess.USE_REPORT);
        complete(task(instance), withVariables("grantUseReport", "JUSTIFIED"));
        assertThat(instance).isWaitingAt(SchoolGrantProcess.BALANCE);
        complete(task(instance), withVariables("grantBalance", "BALANCE_PAID"));
        assertThat(instance).isEnded().hasPassed(SchoolGrantProcess.END_PAID);
    }

    @Test
    void aGrantBelowTheThresholdIsPaidWithoutAgreement() {
        complete(task(instance), withVariables("grantInstruction", "FAVOURABLE"));
        complete(task(instance), withVariables("grantVote", "GRANTED"));

        assertThat(instance).isWaitingAt(SchoolGrantProcess.PAYMENT).hasNotPassed(SchoolGrantProcess.AGREEMENT);
        complete(task(instance), withVariables("grantPayment", "REPORT_AWAITED"));
        complete(task(instance), withVariables("grantUseReport", "JUSTIFIED"));
        complete(task(instance), withVariables("grantBalance", "BALANCE_PAID"));
        assertThat(instance).isEnded().hasPassed(SchoolGrantProcess.END_PAID);
    }

    @Test
    void aReportThatDoesNotJustifyTheMoneyWithholdsTheBalance() {
        complete(task(instance), withVariables("grantInstruction", "FAVOURABLE"));
        complete(task(instance), withVariables("grantVote", "GRANTED"));
        complete(task(instance), withVariables("grantPayment", "REPORT_AWAITED"));

        complete(task(instance), withVariables("grantUseReport", "NOT_JUSTIFIED"));

        assertThat(instance).isEnded().hasPassed(SchoolGrantProcess.END_WITHHELD)
                .hasNotPassed(SchoolGrantProcess.BALANCE);
    }

    @Test
    void aGrantWhoseAgreementIsNotSignedByItsLastDayLapses() {
        // Given a grant voted above the threshold, its agreement awaited
        complete(task(instance), withVariables("grantInstruction", "FAVOURABLE"));
        complete(task(instance), withVariables("grantVote", "GRANTED_UNDER_AGREEMENT"));
        assertThat(instance).isWaitingAt(SchoolGrantProcess.AGREEMENT);

        // When its timer, due at the end of the agreement's last day, falls due
        Job lapse = job(instance);
        org.assertj.core.api.Assertions.assertThat(lapse.getDuedate()).isEqualTo(Date.from(LAST_DAY_TO_SIGN.plusDays(1)
                .atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()));
        execute(lapse);

        // Then the grant lapses (its commitments released by the funding module) and nothing is left to do
        assertThat(instance).isEnded().hasPassed(SchoolGrantProcess.RELEASE_LAPSED, SchoolGrantProcess.END_LAPSED)
                .hasNotPassed(SchoolGrantProcess.PAYMENT);
        org.assertj.core.api.Assertions.assertThat(LAPSED)
                .containsExactly(GrantId.parse(instance.getBusinessKey()));
    }

    @Test
    void anAgreementSignedInTimeCancelsTheLapse() {
        complete(task(instance), withVariables("grantInstruction", "FAVOURABLE"));
        complete(task(instance), withVariables("grantVote", "GRANTED_UNDER_AGREEMENT"));

        complete(task(instance), withVariables("grantAgreement", "SIGNED"));

        assertThat(instance).isWaitingAt(SchoolGrantProcess.PAYMENT);
        org.assertj.core.api.Assertions.assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
        org.assertj.core.api.Assertions.assertThat(LAPSED).isEmpty();
    }
}

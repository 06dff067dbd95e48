package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.workflow.internal.RecordingProjects.Reminder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code bpmn/label-renewal.bpmn} on an in-memory H2 engine, its timers driven by the
 * engine's clock: the re-audit scheduled, the reminder before it is due, the overdue state after, the
 * next re-audit once labelled, the follow-ups of a conditional outcome, and the label withdrawn.
 */
class LabelRenewalProcessTest {

    private static final ZoneId REGION = ZoneId.of("Europe/Paris");
    private static final Instant OPENED_AT = Instant.parse("2026-09-01T08:00:00Z");
    /** The fake schedule's dates for a school opened on OPENED_AT: due three years later, reminded three months before. */
    private static final LocalDate DUE_ON = LocalDate.of(2029, 9, 1);
    private static final Instant REMIND_AT = LocalDate.of(2029, 6, 1).atStartOfDay(REGION).toInstant();
    private static final Instant OVERDUE_AT = DUE_ON.plusDays(1).atStartOfDay(REGION).toInstant().minusSeconds(1);

    private static final RecordingRenewals RENEWALS = new RecordingRenewals();
    private static final RecordingProjects PROJECTS = new RecordingProjects();
    private static final List<Notice> NOTICES = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private ProjectId project;
    private ProcessInstance instance;

    private static ProcessEngine inMemoryEngine() {
        return InMemoryEngines.with(Map.of(
                        "stepDeadlines", new StepDeadlines(key -> Optional.empty()),
                        "stepReminders", new StepReminders(PROJECTS, new ProjectNotices(PROJECTS, NOTICES::add)),
                        "labelRenewalSteps", new LabelRenewalSteps(RENEWALS, new ProjectNotices(PROJECTS, NOTICES::add))),
                LabelRenewalProcess.RESOURCE);
    }

    @BeforeEach
    void aSchoolJustOpened() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(OPENED_AT));
        RENEWALS.forget();
        PROJECTS.forget();
        project = ProjectId.random();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theReAuditIsScheduledAndItsTaskOpensWithTheReminderBeforeItIsDue() {
        // Given a school that opened labelled
        start();

        // Then its re-audit is scheduled, and nothing happens before the reminder
        assertThat(instance).isWaitingAtExactly(LabelRenewalProcess.APPROACHING);
        assertThat(RENEWALS.schedulings()).containsExactly(project);
        Job approaching = job(instance);
        assertThat(approaching.getDuedate()).isEqualTo(Date.from(REMIND_AT));
        ClockUtil.setCurrentTime(Date.from(REMIND_AT.minusSeconds(60)));
        assertThat(jobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

        // When the reminder date comes
        ClockUtil.setCurrentTime(Date.from(REMIND_AT.plusSeconds(60)));
        execute(approaching);

        // Then the auditors are told and the re-audit waits for them, due on its due date
        assertThat(RENEWALS.reminded()).containsExactly(project);
        Task task = openTaskOf(UserTask.RENEWAL_AUDIT);
        assertThat(task).hasCandidateGroup(UserTask.RENEWAL_AUDIT.role().group()).hasName(UserTask.RENEWAL_AUDIT.label())
                .hasFormKey(UserTask.RENEWAL_AUDIT.key());
        assertThat(task.getDueDate()).isEqualTo(Date.from(OVERDUE_AT));
        assertThat(RENEWALS.overdue()).isEmpty();
    }

    @Test
    void aReAuditLeftUndonePastItsDueDateIsOverdueAndStaysOpen() {
        // Given a re-audit waiting for the auditors
        reachRenewalAudit();
        Task waiting = openTaskOf(UserTask.RENEWAL_AUDIT);

        // When its due date passes
        ClockUtil.setCurrentTime(Date.from(OVERDUE_AT.plus(Duration.ofHours(1))));
        Job overdue = job(instance);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(OVERDUE_AT));
        execute(overdue);

        // Then the label lapses, and the very same re-audit still waits
        assertThat(RENEWALS.overdue()).containsExactly(project);
        assertThat(instance).hasPassed(LabelRenewalProcess.END_OVERDUE_RECORDED)
                .isWaitingAtExactly(UserTask.RENEWAL_AUDIT.activityId());
        assertThat(openTaskOf(UserTask.RENEWAL_AUDIT).getId()).isEqualTo(waiting.getId());
    }

    @Test
    void aLabelledReAuditSchedulesTheNextOne() {
        // Given a re-audit waiting for the auditors
        reachRenewalAudit();

        // When it finds the school labelled
        completeStep(UserTask.RENEWAL_AUDIT, LabelOutcome.LABELLED);

        // Then the next re-audit is scheduled, no overdue timer is left behind
        assertThat(instance).isWaitingAtExactly(LabelRenewalProcess.APPROACHING);
        assertThat(RENEWALS.schedulings()).containsExactly(project, project);
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(RENEWALS.overdue()).isEmpty();
    }

    @Test
    void aConditionalReAuditCallsForFollowUpsUntilTheSchoolIsLabelledAgain() {
        // Given a re-audit waiting for the auditors
        reachRenewalAudit();

        // When it makes the label conditional, and the first follow-up still finds actions pending
        completeStep(UserTask.RENEWAL_AUDIT, LabelOutcome.CONDITIONAL);
        Task followUp = openTaskOf(UserTask.RENEWAL_FOLLOW_UP);
        assertThat(followUp).hasCandidateGroup(UserTask.RENEWAL_FOLLOW_UP.role().group())
                .hasFormKey(UserTask.RENEWAL_FOLLOW_UP.key());
        assertThat(followUp.getDueDate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(StepDeadlines.DEFAULT_DUE_AFTER)));
        completeStep(UserTask.RENEWAL_FOLLOW_UP, LabelOutcome.CONDITIONAL);

        // Then another follow-up opens, and once labelled the next re-audit is scheduled
        assertThat(instance).isWaitingAtExactly(UserTask.RENEWAL_FOLLOW_UP.activityId());
        completeStep(UserTask.RENEWAL_FOLLOW_UP, LabelOutcome.LABELLED);
        assertThat(instance).isWaitingAtExactly(LabelRenewalProcess.APPROACHING);
        assertThat(finished(UserTask.RENEWAL_FOLLOW_UP)).isEqualTo(2);
        assertThat(RENEWALS.schedulings()).hasSize(2);
    }

    @Test
    void aFollowUpLeftWaitingIsReminded() {
        // Given a follow-up audit of a conditional re-audit
        reachRenewalAudit();
        completeStep(UserTask.RENEWAL_AUDIT, LabelOutcome.CONDITIONAL);
        Instant opened = ClockUtil.getCurrentTime().toInstant();

        // When 21 days pass
        ClockUtil.setCurrentTime(Date.from(opened.plus(StepDeadlines.DEFAULT_REMIND_AFTER).plusSeconds(60)));
        execute(job(instance));

        // Then the auditors are reminded, and the follow-up still waits
        assertThat(PROJECTS.reminders()).containsExactly(new Reminder(project, UserTask.RENEWAL_FOLLOW_UP.key()));
        assertThat(instance).isWaitingAtExactly(UserTask.RENEWAL_FOLLOW_UP.activityId());
    }

    @Test
    void aRefusedReAuditWithdrawsTheLabel() {
        // Given a re-audit waiting for the auditors
        reachRenewalAudit();

        // When it refuses the label
        completeStep(UserTask.RENEWAL_AUDIT, LabelOutcome.REFUSED);

        // Then the renewal ends: no more re-audits, nothing left waiting
        assertThat(instance).isEnded().hasPassed(LabelRenewalProcess.END_LABEL_WITHDRAWN)
                .hasNotPassed(UserTask.RENEWAL_FOLLOW_UP.activityId());
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(RENEWALS.schedulings()).hasSize(1);
    }

    @Test
    void aFollowUpThatRefusesTheLabelWithdrawsIt() {
        // Given a follow-up audit of a conditional re-audit
        reachRenewalAudit();
        completeStep(UserTask.RENEWAL_AUDIT, LabelOutcome.CONDITIONAL);

        // When the follow-up refuses the label
        completeStep(UserTask.RENEWAL_FOLLOW_UP, LabelOutcome.REFUSED);

        // Then the label is withdrawn
        assertThat(instance).isEnded().hasPassed(LabelRenewalProcess.END_LABEL_WITHDRAWN);
    }

    private void start() {
        instance = runtimeService().startProcessInstanceByKey(LabelRenewalProcess.KEY, project.toString(),
                Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, "61"));
    }

    private void reachRenewalAudit() {
        start();
        ClockUtil.setCurrentTime(Date.from(REMIND_AT.plusSeconds(60)));
        execute(job(instance));
        assertThat(instance).isWaitingAtExactly(UserTask.RENEWAL_AUDIT.activityId());
    }

    private Task openTaskOf(UserTask step) {
        assertThat(instance).isWaitingAt(step.activityId());
        return task(step.activityId(), instance);
    }

    private void completeStep(UserTask step, LabelOutcome outcome) {
        complete(openTaskOf(step), withVariables(step.outcomeVariable(), outcome.name()));
    }

    private long finished(UserTask step) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step.activityId()).finished().count();
    }
}

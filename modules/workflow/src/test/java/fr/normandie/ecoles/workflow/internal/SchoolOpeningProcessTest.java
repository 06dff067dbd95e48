package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import java.util.concurrent.CopyOnWriteArrayList;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StudyConclusion;
import fr.normandie.ecoles.workflow.internal.RecordingProjects.Closed;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code bpmn/school-opening.bpmn} on an in-memory H2 engine: the opening, each way a
 * project closes, the loops, the reminders (engine clock driven by hand) and the abandonment at any step.
 */
class SchoolOpeningProcessTest {

    /** Outcomes that have no enum in the owning modules (see {@code ProjectFile}). */
    private static final String SUFFICIENT = "SUFFICIENT";
    private static final String INSUFFICIENT = "INSUFFICIENT";
    private static final String SECURED = "SECURED";
    private static final String NOT_SECURED = "NOT_SECURED";
    private static final String OPENED = "OPENED";

    private static final String DEPARTMENT = "61";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DEFAULT_DUE_AFTER = Duration.ofDays(30);
    private static final Duration DEFAULT_REMIND_AFTER = Duration.ofDays(21);

    /** A path through every step, in order: the label audit asks for a follow-up, everything else goes on. */
    private static final List<Map.Entry<UserTask, String>> EVERY_STEP = List.of(
            Map.entry(UserTask.TERRITORIAL_BACKING, SUFFICIENT),
            Map.entry(UserTask.OPPORTUNITY_STUDY, StudyConclusion.FAVOURABLE.name()),
            Map.entry(UserTask.INSERTION_COMMITMENT, SECURED),
            Map.entry(UserTask.LABEL_AUDIT, LabelOutcome.CONDITIONAL.name()),
            Map.entry(UserTask.LABEL_FOLLOW_UP, LabelOutcome.LABELLED.name()),
            Map.entry(UserTask.SUBSIDY_DECISION, SubsidyDecision.GRANTED.name()),
            Map.entry(UserTask.OPENING, OPENED));

    private static final RecordingProjects PROJECTS = new RecordingProjects();
    private static final List<Notice> NOTICES = new CopyOnWriteArrayList<>();
    private static final Map<String, String> SETTINGS = new ConcurrentHashMap<>();
    private static final RecordingRenewals RENEWALS = new RecordingRenewals();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private ProjectId project;
    private ProcessInstance instance;

    private static ProcessEngine inMemoryEngine() {
        return InMemoryEngines.with(Map.of(
                        "stepDeadlines", new StepDeadlines(key -> Optional.ofNullable(SETTINGS.get(key))),
                        "carrierSubmissions", new CarrierSubmissions(project -> Optional.empty(), carrier -> false, new StepDeadlines(key -> Optional.ofNullable(SETTINGS.get(key)))),
                        "stepReminders", new StepReminders(PROJECTS, new ProjectNotices(PROJECTS, NOTICES::add)),
                        "projectEnds", new ProjectEnds(PROJECTS),
                        "labelRenewalSteps", new LabelRenewalSteps(RENEWALS, new ProjectNotices(PROJECTS, NOTICES::add))),
                SchoolOpeningProcess.RESOURCE, LabelRenewalProcess.RESOURCE);
    }

    @BeforeEach
    void freshProjectAtAFixedTime() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        NOTICES.clear();
        PROJECTS.forget();
        RENEWALS.forget();
        SETTINGS.clear();
        project = ProjectId.random();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ---- the opening -------------------------------------------------------------------------------

    @Test
    void aProjectWhoseStepsAllSucceedEndsWithAnOpenSchool() {
        // Given a registered project in the Orne
        start();
        assertThat(instance).isStarted().hasPassed(SchoolOpeningProcess.START)
                .variables().containsEntry(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENT);

        // When every step succeeds at first try, each task going to its role, due 30 days after creation
        for (Map.Entry<UserTask, String> step : List.of(
                Map.entry(UserTask.TERRITORIAL_BACKING, SUFFICIENT),
                Map.entry(UserTask.OPPORTUNITY_STUDY, StudyConclusion.FAVOURABLE.name()),
                Map.entry(UserTask.INSERTION_COMMITMENT, SECURED),
                Map.entry(UserTask.LABEL_AUDIT, LabelOutcome.LABELLED.name()),
                Map.entry(UserTask.SUBSIDY_DECISION, SubsidyDecision.GRANTED.name()),
                Map.entry(UserTask.OPENING, OPENED))) {
            Task task = openTaskOf(step.getKey());
            assertThat(task).hasCandidateGroup(step.getKey().role().group()).hasName(step.getKey().label());
            assertThat(task.getDueDate()).isEqualTo(Date.from(task.getCreateTime().toInstant().plus(DEFAULT_DUE_AFTER)));
            assertThat(taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getFormKey())
                    .isEqualTo(step.getKey().key());
            completeStep(step.getKey(), step.getValue());
        }

        // Then the school is open, the follow-up audit was skipped and the project's file knows it
        assertThat(instance).isEnded()
                .hasPassedInOrder(SchoolOpeningProcess.START, UserTask.TERRITORIAL_BACKING.activityId(),
                        UserTask.OPPORTUNITY_STUDY.activityId(), UserTask.INSERTION_COMMITMENT.activityId(),
                        UserTask.LABEL_AUDIT.activityId(), UserTask.SUBSIDY_DECISION.activityId(),
                        UserTask.OPENING.activityId(), SchoolOpeningProcess.END_OPENED)
                .hasNotPassed(UserTask.LABEL_FOLLOW_UP.activityId());
        assertThat(PROJECTS.opened()).containsExactly(project);
        assertThat(PROJECTS.closed()).isEmpty();
        assertThat(PROJECTS.reminders()).isEmpty();

        // and the school's re-audits begin: a renewal process of the same project, its first re-audit scheduled
        ProcessInstance renewal = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(LabelRenewalProcess.KEY).processInstanceBusinessKey(project.toString()).singleResult();
        assertThat(renewal).isWaitingAtExactly(LabelRenewalProcess.APPROACHING)
                .variables().containsEntry(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENT);
        assertThat(RENEWALS.schedulings()).containsExactly(project);
    }

    @Test
    void anInsufficientBackingIsAskedForAgainBeforeTheStudy() {
        // Given a project at its territorial backing
        start();
        Task first = openTaskOf(UserTask.TERRITORIAL_BACKING);

        // When staff judge the backing insufficient
        completeStep(UserTask.TERRITORIAL_BACKING, INSUFFICIENT);

        // Then a new backing task opens, with a fresh due date and a single pending reminder
        Task second = openTaskOf(UserTask.TERRITORIAL_BACKING);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(second.getDueDate()).isNotNull();
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(completedTasks(UserTask.TERRITORIAL_BACKING)).isOne();

        // and once it is sufficient the opportunity study follows
        completeStep(UserTask.TERRITORIAL_BACKING, SUFFICIENT);
        assertThat(instance).isWaitingAtExactly(UserTask.OPPORTUNITY_STUDY.activityId());
    }

    @Test
    void anUnfavourableStudyClosesTheProject() {
        // Given a project at its opportunity study
        reach(UserTask.OPPORTUNITY_STUDY);

        // When the study concludes unfavourably
        completeStep(UserTask.OPPORTUNITY_STUDY, StudyConclusion.UNFAVOURABLE.name());

        // Then the project closes with the reason recorded
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_STUDY_UNFAVOURABLE)
                .hasNotPassed(UserTask.INSERTION_COMMITMENT.activityId());
        assertThat(PROJECTS.closed()).containsExactly(new Closed(project, "Étude d'opportunité défavorable"));
        assertThat(PROJECTS.opened()).isEmpty();
    }

    @Test
    void aStudyToReviseSendsTheProjectBackToTheStudy() {
        // Given a project at its opportunity study
        reach(UserTask.OPPORTUNITY_STUDY);
        Task first = openTaskOf(UserTask.OPPORTUNITY_STUDY);

        // When the study concludes that it must be revised
        completeStep(UserTask.OPPORTUNITY_STUDY, StudyConclusion.REVISE.name());

        // Then a new study task opens, the project is neither closed nor further on, with a single pending reminder
        Task second = openTaskOf(UserTask.OPPORTUNITY_STUDY);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(instance).isWaitingAtExactly(UserTask.OPPORTUNITY_STUDY.activityId())
                .hasPassed("Gateway_StudyMerge").hasNotPassed(SchoolOpeningProcess.END_STUDY_UNFAVOURABLE);
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(completedTasks(UserTask.OPPORTUNITY_STUDY)).isOne();
        assertThat(PROJECTS.closed()).isEmpty();

        // and once the revised study is favourable the insertion commitment follows
        completeStep(UserTask.OPPORTUNITY_STUDY, StudyConclusion.FAVOURABLE.name());
        assertThat(instance).isWaitingAtExactly(UserTask.INSERTION_COMMITMENT.activityId());
        assertThat(completedTasks(UserTask.OPPORTUNITY_STUDY)).isEqualTo(2);
    }

    @Test
    void aStudyFavourableWithReservationsGoesOnToTheInsertionCommitment() {
        // Given a project at its opportunity study
        reach(UserTask.OPPORTUNITY_STUDY);

        // When the study is favourable with reservations
        completeStep(UserTask.OPPORTUNITY_STUDY, StudyConclusion.RESERVED.name());

        // Then the insertion commitment is next
        assertThat(instance).isWaitingAtExactly(UserTask.INSERTION_COMMITMENT.activityId());
        assertThat(PROJECTS.closed()).isEmpty();
    }

    @Test
    void anInsertionNotSecuredIsAskedForAgainBeforeTheLabelAudit() {
        // Given a project at its insertion commitment
        reach(UserTask.INSERTION_COMMITMENT);

        // When insertion is not secured
        completeStep(UserTask.INSERTION_COMMITMENT, NOT_SECURED);

        // Then the insertion commitment is asked for again
        assertThat(instance).isWaitingAtExactly(UserTask.INSERTION_COMMITMENT.activityId());
        assertThat(completedTasks(UserTask.INSERTION_COMMITMENT)).isOne();

        // and once secured the auditors take over
        completeStep(UserTask.INSERTION_COMMITMENT, SECURED);
        assertThat(instance).isWaitingAtExactly(UserTask.LABEL_AUDIT.activityId());
        assertThat(openTaskOf(UserTask.LABEL_AUDIT)).hasCandidateGroup(UserTask.LABEL_AUDIT.role().group());
    }

    @Test
    void aConditionalLabelCallsForAFollowUpAuditThenTheSubsidy() {
        // Given a project at its label audit
        reach(UserTask.LABEL_AUDIT);

        // When the label is granted subject to corrective actions
        completeStep(UserTask.LABEL_AUDIT, LabelOutcome.CONDITIONAL.name());

        // Then a follow-up audit goes to the auditors
        assertThat(instance).isWaitingAtExactly(UserTask.LABEL_FOLLOW_UP.activityId());
        Task followUp = openTaskOf(UserTask.LABEL_FOLLOW_UP);
        assertThat(followUp).hasCandidateGroup(UserTask.LABEL_FOLLOW_UP.role().group());
        assertThat(followUp.getDueDate()).isEqualTo(Date.from(NOW.plus(DEFAULT_DUE_AFTER)));

        // and once it finds the school labelled, the Region decides its subsidy
        completeStep(UserTask.LABEL_FOLLOW_UP, LabelOutcome.LABELLED.name());
        assertThat(instance).isWaitingAtExactly(UserTask.SUBSIDY_DECISION.activityId());
        assertThat(openTaskOf(UserTask.SUBSIDY_DECISION)).hasCandidateGroup(UserTask.SUBSIDY_DECISION.role().group());
    }

    @Test
    void aFollowUpAuditStillConditionalCallsForAnotherFollowUp() {
        // Given a project at its follow-up audit
        reach(UserTask.LABEL_FOLLOW_UP);

        // When the follow-up still finds corrective actions pending
        completeStep(UserTask.LABEL_FOLLOW_UP, LabelOutcome.CONDITIONAL.name());

        // Then another follow-up audit opens
        assertThat(instance).isWaitingAtExactly(UserTask.LABEL_FOLLOW_UP.activityId());
        assertThat(completedTasks(UserTask.LABEL_FOLLOW_UP)).isOne();

        // and the next labelled verdict leads to the subsidy
        completeStep(UserTask.LABEL_FOLLOW_UP, LabelOutcome.LABELLED.name());
        assertThat(instance).isWaitingAtExactly(UserTask.SUBSIDY_DECISION.activityId());
    }

    @Test
    void aLabelRefusedAtTheFollowUpAuditClosesTheProject() {
        // Given a project at its follow-up audit
        reach(UserTask.LABEL_FOLLOW_UP);

        // When the follow-up refuses the label
        completeStep(UserTask.LABEL_FOLLOW_UP, LabelOutcome.REFUSED.name());

        // Then the project closes with the reason recorded
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_LABEL_REFUSED)
                .hasNotPassed(UserTask.SUBSIDY_DECISION.activityId());
        assertThat(PROJECTS.closed()).containsExactly(new Closed(project, "Label FNEP refusé"));
        assertThat(PROJECTS.opened()).isEmpty();
    }

    @Test
    void aLabelRefusedAtTheFirstAuditClosesTheProject() {
        // Given a project at its label audit
        reach(UserTask.LABEL_AUDIT);

        // When the audit refuses the label
        completeStep(UserTask.LABEL_AUDIT, LabelOutcome.REFUSED.name());

        // Then the project closes with the reason recorded, without any follow-up audit
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_LABEL_REFUSED)
                .hasNotPassed(UserTask.LABEL_FOLLOW_UP.activityId(), UserTask.SUBSIDY_DECISION.activityId());
        assertThat(PROJECTS.closed()).containsExactly(new Closed(project, "Label FNEP refusé"));
    }

    @Test
    void aRefusedSubsidyClosesTheProject() {
        // Given a labelled project awaiting the Region's subsidy decision
        reach(UserTask.SUBSIDY_DECISION);

        // When the Region refuses the subsidy
        completeStep(UserTask.SUBSIDY_DECISION, SubsidyDecision.REFUSED.name());

        // Then the project closes with the reason recorded and never opens
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_SUBSIDY_REFUSED)
                .hasNotPassed(UserTask.OPENING.activityId(), SchoolOpeningProcess.END_OPENED);
        assertThat(PROJECTS.closed()).containsExactly(new Closed(project, "Subvention régionale refusée"));
        assertThat(PROJECTS.opened()).isEmpty();
        assertThat(RENEWALS.schedulings()).isEmpty();
    }

    // ---- reminders -----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("openingSteps")
    void aStepLeftWaitingIsRemindedAfter21DaysAndStaysOpen(UserTask step) {
        // Given a project waiting at the step, whose reminder is not due after 20 days
        reach(step);
        Task waiting = openTaskOf(step);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(20))));
        assertThat(jobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

        // When 21 days have passed and the reminder timer runs
        ClockUtil.setCurrentTime(Date.from(NOW.plus(DEFAULT_REMIND_AFTER).plusSeconds(60)));
        Job reminder = job(instance);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(DEFAULT_REMIND_AFTER)));
        execute(reminder);

        // Then the reminder is recorded for that step, and the very same task still waits
        assertThat(PROJECTS.reminders()).containsExactly(new Reminder(project, step.key()));
        // and the people of the step's role are told, with the step's name and due date
        assertThat(NOTICES).filteredOn(n -> n.kind() == Notice.Kind.REMINDER).singleElement().satisfies(n -> {
            assertThat(n.roles()).containsExactly(step.role());
            assertThat(n.people()).isEmpty();
            assertThat(n.what()).isEqualTo(step.label());
            assertThat(n.page()).isEqualTo("projects/view.xhtml?id=" + project);
            assertThat(n.due()).isPresent();
        });
        assertThat(instance).isWaitingAtExactly(step.activityId());
        assertThat(openTaskOf(step).getId()).isEqualTo(waiting.getId());
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void configuredDelaysReplaceTheDefaultDueDateAndReminder() {
        // Given a 10-day deadline for every step and a 7-day reminder for the label audit
        SETTINGS.put("workflow.due-after", "P10D");
        SETTINGS.put("workflow." + UserTask.LABEL_AUDIT.key() + ".remind-after", "P7D");

        // When a project reaches its label audit
        reach(UserTask.LABEL_AUDIT);

        // Then the audit is due in 10 days and its reminder goes out after 7
        assertThat(openTaskOf(UserTask.LABEL_AUDIT).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(7)).plusSeconds(60)));
        execute(job(instance));
        assertThat(PROJECTS.reminders()).containsExactly(new Reminder(project, UserTask.LABEL_AUDIT.key()));
    }

    // ---- abandonment --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("openingSteps")
    void aProjectAbandonedAtAnyStepEndsWithNothingLeftOpen(UserTask step) {
        // Given a project waiting at the step
        reach(step);

        // When the Region gives the project up
        runtimeService().createMessageCorrelation(SchoolOpeningProcess.MESSAGE_ABANDON)
                .processInstanceBusinessKey(project.toString())
                .correlateWithResult();

        // Then the process ends as abandoned: no task, no pending reminder, no close or open reported
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_ABANDONED)
                .hasNotPassed(SchoolOpeningProcess.END_OPENED, SchoolOpeningProcess.END_STUDY_UNFAVOURABLE,
                        SchoolOpeningProcess.END_LABEL_REFUSED, SchoolOpeningProcess.END_SUBSIDY_REFUSED);
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(PROJECTS.closed()).isEmpty();
        assertThat(PROJECTS.opened()).isEmpty();
    }

    @Test
    void abandoningOneProjectLeavesTheOthersRunning() {
        // Given two projects at their territorial backing
        ProjectId other = ProjectId.random();
        ProcessInstance otherInstance = runtimeService().startProcessInstanceByKey(SchoolOpeningProcess.KEY,
                other.toString(), Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENT));
        start();

        // When the first one is given up
        runtimeService().createMessageCorrelation(SchoolOpeningProcess.MESSAGE_ABANDON)
                .processInstanceBusinessKey(project.toString())
                .correlateWithResult();

        // Then the other one still waits at its step
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_ABANDONED);
        assertThat(otherInstance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static List<UserTask> openingSteps() {
        return List.of(UserTask.values()).subList(0, UserTask.OPENING.ordinal() + 1);
    }

    private void start() {
        instance = runtimeService().startProcessInstanceByKey(SchoolOpeningProcess.KEY, project.toString(),
                Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENT));
    }

    /** Starts the project and completes the steps before the given one, each going on. */
    private void reach(UserTask target) {
        start();
        for (Map.Entry<UserTask, String> step : EVERY_STEP) {
            if (step.getKey() == target) {
                assertThat(instance).isWaitingAtExactly(target.activityId());
                return;
            }
            completeStep(step.getKey(), step.getValue());
        }
        throw new IllegalArgumentException("no path to " + target);
    }

    private Task openTaskOf(UserTask step) {
        assertThat(instance).isWaitingAt(step.activityId());
        return task(step.activityId(), instance);
    }

    private void completeStep(UserTask step, String outcome) {
        complete(openTaskOf(step), withVariables(step.outcomeVariable(), outcome));
    }

    private long completedTasks(UserTask step) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step.activityId()).finished().count();
    }
}

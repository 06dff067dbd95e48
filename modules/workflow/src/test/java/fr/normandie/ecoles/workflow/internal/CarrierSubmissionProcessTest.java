package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StudyConclusion;
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
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * The carrier's submission before the territorial backing in {@code bpmn/school-opening.bpmn} (issue 16), on an
 * in-memory H2 engine with the application's routing and notices: a carrier without an account goes straight to
 * staff; one filing online submits first, staff send its file back with a completion request, the late carrier is
 * reminded every week from the deadline until it submits again; an insufficient backing asks the carrier again;
 * the study, the insertion and the opening likewise, each sent back once on a whole walk to the open school;
 * the project is given up while the carrier has the file.
 */
class CarrierSubmissionProcessTest {

    private static final String DEPARTMENT = "61";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DEFAULT_DUE_AFTER = Duration.ofDays(30);
    private static final Duration DEFAULT_REMIND_EVERY = Duration.ofDays(7);
    private static final String SUBMITTED = "SUBMITTED";
    private static final String COMPLETION_REQUESTED =
            SchoolOpeningProcess.completionRequested(UserTask.TERRITORIAL_BACKING.key());

    private static final RecordingProjects PROJECTS = new RecordingProjects();
    private static final List<Notice> NOTICES = new CopyOnWriteArrayList<>();
    /** The carrier of each project; the carriers with an active account. */
    private static final Map<ProjectId, UUID> CARRIERS = new ConcurrentHashMap<>();
    private static final Set<UUID> ONLINE = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private ProjectId project;
    private UUID carrier;
    private ProcessInstance instance;

    private static ProcessEngine inMemoryEngine() {
        ProjectNotices notices = new ProjectNotices(PROJECTS, NOTICES::add);
        TaskNotices taskNotices = new TaskNotices();
        taskNotices.notices = notices;
        StepDeadlines deadlines = new StepDeadlines(key -> Optional.empty());
        return InMemoryEngines.with(List.of(new TaskRouting(), taskNotices), Map.of(
                        "stepDeadlines", deadlines,
                        "carrierSubmissions", new CarrierSubmissions(id -> Optional.ofNullable(CARRIERS.get(id)),
                                ONLINE::contains, deadlines),
                        "stepReminders", new StepReminders(PROJECTS, notices),
                        "projectEnds", new ProjectEnds(PROJECTS),
                        "labelRenewalSteps", new LabelRenewalSteps(new RecordingRenewals(), notices)),
                SchoolOpeningProcess.RESOURCE, LabelRenewalProcess.RESOURCE);
    }

    @BeforeEach
    void freshProjectOfItsOwnCarrier() {
        BpmnAwareTests.init(ENGINE.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        NOTICES.clear();
        PROJECTS.forget();
        project = ProjectId.random();
        carrier = UUID.randomUUID();
        CARRIERS.put(project, carrier);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aCarrierWithoutAnAccountLeavesTheBackingToStaffAsBefore() {
        // Given a project whose carrier has no active account
        // When it is registered
        start();

        // Then the backing goes straight to staff, and no carrier is told of anything
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId())
                .hasNotPassed(UserTask.BACKING_SUBMISSION.activityId())
                .variables().containsEntry(SchoolOpeningProcess.VAR_CARRIER_FILES_ONLINE, false)
                .containsEntry(SchoolOpeningProcess.VAR_CARRIER, carrier.toString());
        assertThat(NOTICES).allSatisfy(notice -> assertThat(notice.carriers()).isEmpty());
        assertThat(NOTICES).extracting(Notice::roles).containsExactly(Set.of(Role.STAFF));
    }

    @Test
    void aProjectWithoutACarrierLeavesTheBackingToStaff() {
        // Given a project that names no carrier record
        CARRIERS.remove(project);

        // When it is registered
        start();

        // Then staff have the backing
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId())
                .variables().containsEntry(SchoolOpeningProcess.VAR_CARRIER_FILES_ONLINE, false);
    }

    @Test
    void aCarrierFilingOnlineSubmitsItsBackingFileBeforeStaffRecordTheBacking() {
        // Given a carrier with an active account
        ONLINE.add(carrier);

        // When its project is registered
        start();

        // Then the carrier's submission opens first, for the carrier's group, due in 30 days, and only this
        // carrier is told, with the link to its submission page
        assertThat(instance).isWaitingAtExactly(UserTask.BACKING_SUBMISSION.activityId());
        Task submission = task(UserTask.BACKING_SUBMISSION.activityId(), instance);
        assertThat(submission).hasCandidateGroup(Role.CARRIER.group()).hasName(UserTask.BACKING_SUBMISSION.label());
        assertThat(submission.getDueDate()).isEqualTo(Date.from(NOW.plus(DEFAULT_DUE_AFTER)));
        assertThat(NOTICES).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.TASK_AVAILABLE);
            assertThat(notice.carriers()).containsExactly(carrier);
            assertThat(notice.roles()).isEmpty();
            assertThat(notice.page()).isEqualTo("carrier/submission.xhtml?project=" + project);
        });

        // When the carrier submits
        NOTICES.clear();
        submitFile(UserTask.BACKING_SUBMISSION);

        // Then staff have the territorial backing, and are told of it
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId());
        assertThat(NOTICES).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.TASK_AVAILABLE);
            assertThat(notice.roles()).containsExactly(Role.STAFF);
            assertThat(notice.carriers()).isEmpty();
        });
    }

    @Test
    void aCompletionRequestReturnsTheFileToTheCarrierUntilItSubmitsAgainThenStaffAccept() {
        // Given staff holding the backing the carrier submitted
        ONLINE.add(carrier);
        start();
        submitFile(UserTask.BACKING_SUBMISSION);
        NOTICES.clear();

        // When staff ask for a completion, due on a given day
        Date deadline = Date.from(NOW.plus(Duration.ofDays(10)));
        requestCompletion(deadline);

        // Then the staff task is gone and the carrier has the file again, due on that day; the task's opening
        // tells nobody (the request tells the carrier, with its message)
        assertThat(instance).isWaitingAtExactly(UserTask.BACKING_SUBMISSION.activityId())
                .hasPassed("BoundaryEvent_BackingCompletionRequested");
        assertThat(task(UserTask.BACKING_SUBMISSION.activityId(), instance).getDueDate()).isEqualTo(deadline);
        assertThat(NOTICES).isEmpty();

        // When the carrier submits the completed file
        submitFile(UserTask.BACKING_SUBMISSION);

        // Then staff have the backing again; accepted, the project goes on to the study, which the carrier files
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId());
        complete(task(UserTask.TERRITORIAL_BACKING.activityId(), instance),
                withVariables(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));
        assertThat(instance).isWaitingAtExactly(UserTask.STUDY_SUBMISSION.activityId());
        submitFile(UserTask.STUDY_SUBMISSION);
        complete(task(UserTask.OPPORTUNITY_STUDY.activityId(), instance),
                withVariables(UserTask.OPPORTUNITY_STUDY.outcomeVariable(), StudyConclusion.FAVOURABLE.name()));
        assertThat(instance).isWaitingAtExactly(UserTask.INSERTION_SUBMISSION.activityId());
    }

    @Test
    void aLateCarrierIsRemindedEveryWeekFromItsDeadlineUntilItSubmits() {
        // Given a completion request due in 10 days
        ONLINE.add(carrier);
        start();
        submitFile(UserTask.BACKING_SUBMISSION);
        Date deadline = Date.from(NOW.plus(Duration.ofDays(10)));
        requestCompletion(deadline);
        NOTICES.clear();

        // Then its reminder waits for the deadline, not before
        Job reminder = reminderJob();
        assertThat(reminder.getDuedate()).isEqualTo(deadline);

        // When the carrier is late and the reminder runs
        ClockUtil.setCurrentTime(Date.from(deadline.toInstant().plusSeconds(60)));
        execute(reminder);

        // Then it is on the project's file, the carrier alone is told, and the file still waits for the carrier
        assertThat(PROJECTS.reminders()).containsExactly(new Reminder(project, UserTask.BACKING_SUBMISSION.key()));
        assertThat(NOTICES).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.REMINDER);
            assertThat(notice.carriers()).containsExactly(carrier);
            assertThat(notice.roles()).isEmpty();
        });
        assertThat(instance).isWaitingAtExactly(UserTask.BACKING_SUBMISSION.activityId());

        // And a week later the next one
        Job next = reminderJob();
        assertThat(next.getDuedate()).isEqualTo(Date.from(deadline.toInstant().plus(DEFAULT_REMIND_EVERY)));
        ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(60)));
        execute(next);
        assertThat(PROJECTS.reminders()).hasSize(2);

        // When the carrier submits at last, no reminder is left
        submitFile(UserTask.BACKING_SUBMISSION);
        assertThat(reminderJobs()).isEmpty();
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId());
    }

    @Test
    void aFirstSubmissionLateIsRemindedFromItsOwnDueDate() {
        // Given a carrier that has not submitted its file for the first time
        ONLINE.add(carrier);
        start();

        // Then its reminder waits for the submission's due date
        assertThat(reminderJob().getDuedate()).isEqualTo(Date.from(NOW.plus(DEFAULT_DUE_AFTER)));
    }

    @Test
    void anInsufficientBackingAsksTheCarrierAgainWhileItFilesOnline() {
        // Given a backing the carrier submitted, found insufficient
        ONLINE.add(carrier);
        start();
        submitFile(UserTask.BACKING_SUBMISSION);
        complete(task(UserTask.TERRITORIAL_BACKING.activityId(), instance),
                withVariables(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "INSUFFICIENT"));

        // Then the carrier files the backing again
        assertThat(instance).isWaitingAtExactly(UserTask.BACKING_SUBMISSION.activityId());

        // When its account is closed meanwhile and the backing is insufficient again
        submitFile(UserTask.BACKING_SUBMISSION);
        ONLINE.remove(carrier);
        complete(task(UserTask.TERRITORIAL_BACKING.activityId(), instance),
                withVariables(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "INSUFFICIENT"));

        // Then staff have it directly
        assertThat(instance).isWaitingAtExactly(UserTask.TERRITORIAL_BACKING.activityId())
                .variables().containsEntry(SchoolOpeningProcess.VAR_CARRIER_FILES_ONLINE, false);
    }

    @Test
    void theCarrierFilingOnlineSubmitsItsStudyWhichStaffMaySendBackBeforeConcluding() {
        // Given a carrier filing online whose backing was accepted
        ONLINE.add(carrier);
        start();
        submitFile(UserTask.BACKING_SUBMISSION);
        complete(task(UserTask.TERRITORIAL_BACKING.activityId(), instance),
                withVariables(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));

        // Then the carrier submits its study first
        assertThat(instance).isWaitingAtExactly(UserTask.STUDY_SUBMISSION.activityId());
        assertThat(task(UserTask.STUDY_SUBMISSION.activityId(), instance)).hasCandidateGroup(Role.CARRIER.group())
                .hasName(UserTask.STUDY_SUBMISSION.label());
        submitFile(UserTask.STUDY_SUBMISSION);
        assertThat(instance).isWaitingAtExactly(UserTask.OPPORTUNITY_STUDY.activityId());

        // When staff send it back, it is the carrier's again until it submits, then staff conclude
        runtimeService().createMessageCorrelation(SchoolOpeningProcess.completionRequested(UserTask.OPPORTUNITY_STUDY.key()))
                .processInstanceId(instance.getId())
                .setVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE, Date.from(NOW.plus(Duration.ofDays(5))))
                .correlateWithResult();
        assertThat(instance).isWaitingAtExactly(UserTask.STUDY_SUBMISSION.activityId());
        submitFile(UserTask.STUDY_SUBMISSION);
        // a study to revise asks the carrier again
        complete(task(UserTask.OPPORTUNITY_STUDY.activityId(), instance),
                withVariables(UserTask.OPPORTUNITY_STUDY.outcomeVariable(), StudyConclusion.REVISE.name()));
        assertThat(instance).isWaitingAtExactly(UserTask.STUDY_SUBMISSION.activityId());
        submitFile(UserTask.STUDY_SUBMISSION);
        complete(task(UserTask.OPPORTUNITY_STUDY.activityId(), instance),
                withVariables(UserTask.OPPORTUNITY_STUDY.outcomeVariable(), StudyConclusion.FAVOURABLE.name()));
        assertThat(instance).isWaitingAtExactly(UserTask.INSERTION_SUBMISSION.activityId());
    }

    @Test
    void aCarrierWithoutAnAccountLeavesTheStudyToStaff() {
        // Given a carrier without an account, past its backing
        start();
        complete(task(UserTask.TERRITORIAL_BACKING.activityId(), instance),
                withVariables(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));

        // Then staff have the study at once
        assertThat(instance).isWaitingAtExactly(UserTask.OPPORTUNITY_STUDY.activityId())
                .hasNotPassed(UserTask.STUDY_SUBMISSION.activityId());
    }

    @Test
    void aCarrierFilingOnlineFilesEachOfItsFourStepsEachSentBackOnceThenTheSchoolOpens() {
        // Given a carrier with an account
        ONLINE.add(carrier);
        start();

        // When, at each of its four steps, it submits, staff send the file back, it submits again and staff go on
        for (Map.Entry<UserTask, UserTask> filed : FILED_STEPS.entrySet()) {
            walkTo(filed.getKey());
            submitFile(filed.getKey());
            assertThat(instance).isWaitingAtExactly(filed.getValue().activityId());
            runtimeService().createMessageCorrelation(SchoolOpeningProcess.completionRequested(filed.getValue().key()))
                    .processInstanceId(instance.getId())
                    .setVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE, Date.from(NOW.plus(Duration.ofDays(5))))
                    .correlateWithResult();
            assertThat(instance).isWaitingAtExactly(filed.getKey().activityId());
            submitFile(filed.getKey());
            complete(task(filed.getValue().activityId(), instance),
                    withVariables(filed.getValue().outcomeVariable(), GOING_ON.get(filed.getValue())));
        }

        // Then the school opens
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_OPENED);
    }

    @ParameterizedTest
    @EnumSource(value = UserTask.class, names = {"BACKING_SUBMISSION", "STUDY_SUBMISSION", "INSERTION_SUBMISSION",
            "OPENING_SUBMISSION"})
    void eachLateSubmissionIsRemindedToTheCarrierAlone(UserTask submission) {
        // Given the carrier holding that step's file past its due date
        ONLINE.add(carrier);
        start();
        walkTo(submission);
        NOTICES.clear();
        Job reminder = jobQuery().processInstanceId(instance.getId())
                .activityId(submission.activityId().replace("Task_", "BoundaryEvent_") + "Reminder").singleResult();
        assertThat(reminder.getDuedate()).isAfterOrEqualTo(Date.from(NOW.plus(DEFAULT_DUE_AFTER)));
        ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));

        // When its reminder runs
        execute(reminder);

        // Then the carrier alone is told and the file still waits for it
        assertThat(PROJECTS.reminders()).containsExactly(new Reminder(project, submission.key()));
        assertThat(NOTICES).singleElement().satisfies(notice -> {
            assertThat(notice.carriers()).containsExactly(carrier);
            assertThat(notice.roles()).isEmpty();
        });
        assertThat(instance).isWaitingAtExactly(submission.activityId());
    }

    @Test
    void aProjectGivenUpWhileTheCarrierHasItsFileEndsWithItsReminders() {
        // Given a carrier holding its file
        ONLINE.add(carrier);
        start();

        // When the project is given up
        runtimeService().createMessageCorrelation(SchoolOpeningProcess.MESSAGE_ABANDON)
                .processInstanceBusinessKey(project.toString()).correlateWithResult();

        // Then it ended, and no reminder is left
        assertThat(instance).isEnded().hasPassed(SchoolOpeningProcess.END_ABANDONED);
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /** Each submission before the staff step it opens. */
    private static final Map<UserTask, UserTask> FILED_STEPS = new java.util.LinkedHashMap<>(Map.of());

    static {
        FILED_STEPS.put(UserTask.BACKING_SUBMISSION, UserTask.TERRITORIAL_BACKING);
        FILED_STEPS.put(UserTask.STUDY_SUBMISSION, UserTask.OPPORTUNITY_STUDY);
        FILED_STEPS.put(UserTask.INSERTION_SUBMISSION, UserTask.INSERTION_COMMITMENT);
        FILED_STEPS.put(UserTask.OPENING_SUBMISSION, UserTask.OPENING);
    }

    /** The outcome of each staff step that goes on. */
    private static final Map<UserTask, String> GOING_ON = Map.of(UserTask.TERRITORIAL_BACKING, "SUFFICIENT",
            UserTask.OPPORTUNITY_STUDY, StudyConclusion.FAVOURABLE.name(), UserTask.INSERTION_COMMITMENT, "SECURED",
            UserTask.LABEL_AUDIT, "LABELLED", UserTask.SUBSIDY_DECISION, "GRANTED", UserTask.OPENING, "OPENED");

    /** Goes on through the process, each file submitted and each step going on, until the given task waits. */
    private void walkTo(UserTask target) {
        while (!runtimeService().createExecutionQuery().processInstanceId(instance.getId())
                .activityId(target.activityId()).list().iterator().hasNext()) {
            Task open = task(instance);
            UserTask step = java.util.Arrays.stream(UserTask.values())
                    .filter(t -> t.activityId().equals(open.getTaskDefinitionKey())).findFirst().orElseThrow();
            if (FILED_STEPS.containsKey(step)) {
                submitFile(step);
            } else {
                complete(open, withVariables(step.outcomeVariable(), GOING_ON.get(step)));
            }
        }
    }

    /** As {@code CamundaTasks.complete} does for a submission: the request answered, the file submitted. */
    private void submitFile(UserTask submission) {
        Task open = task(submission.activityId(), instance);
        runtimeService().removeVariable(instance.getId(), SchoolOpeningProcess.VAR_COMPLETION_DEADLINE);
        complete(open, withVariables(submission.outcomeVariable(), SUBMITTED));
    }

    private void start() {
        instance = runtimeService().startProcessInstanceByKey(SchoolOpeningProcess.KEY, project.toString(),
                Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENT));
    }

    /** As {@code CamundaTasks.requestCompletion} does. */
    private void requestCompletion(Date deadline) {
        runtimeService().createMessageCorrelation(COMPLETION_REQUESTED).processInstanceId(instance.getId())
                .setVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE, deadline).correlateWithResult();
    }

    private Job reminderJob() {
        return jobQuery().processInstanceId(instance.getId()).activityId("BoundaryEvent_BackingSubmissionReminder")
                .singleResult();
    }

    private List<String> reminderJobs() {
        return jobQuery().processInstanceId(instance.getId()).activityId("BoundaryEvent_BackingSubmissionReminder")
                .list().stream().map(Job::getId).toList();
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import java.util.concurrent.CopyOnWriteArrayList;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.schools.TimelineKind;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine's history of a project's tasks, as its timeline shows it, on an in-memory engine. */
class TaskHistoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static final List<Notice> NOTICES = new CopyOnWriteArrayList<>();

    private static ProcessEngine engine;

    @BeforeAll
    static void inMemoryEngine() {
        RecordingProjects projects = new RecordingProjects();
        engine = InMemoryEngines.with(Map.of(
                        "stepDeadlines", new StepDeadlines(key -> Optional.empty()),
                        "carrierSubmissions", new CarrierSubmissions(project -> Optional.empty(), carrier -> false, new StepDeadlines(key -> Optional.empty())),
                        "stepReminders", new StepReminders(projects, new ProjectNotices(projects, NOTICES::add)),
                        "projectEnds", new ProjectEnds(projects),
                        "labelRenewalSteps", new LabelRenewalSteps(new RecordingRenewals(), new ProjectNotices(projects, NOTICES::add))),
                SchoolOpeningProcess.RESOURCE, LabelRenewalProcess.RESOURCE);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void tellsWhenEachTaskOpenedWhoTookReleasedAndCompletedIt() {
        // Given a project whose backing task is taken, released, taken by someone else and completed
        ProjectId project = start();
        Task backing = openTask(project);
        at(NOW.plusSeconds(60), () -> asUser("claire", () -> tasks().setAssignee(backing.getId(), "claire")));
        at(NOW.plusSeconds(120), () -> asUser("claire", () -> tasks().setAssignee(backing.getId(), null)));
        at(NOW.plusSeconds(180), () -> asUser("marc", () -> tasks().setAssignee(backing.getId(), "marc")));
        at(NOW.plusSeconds(240), () -> {
            tasks().setAssignee(backing.getId(), "marc");
            tasks().complete(backing.getId(), Map.of(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));
        });

        // When its history is read
        List<TimelineEntry> history = new TaskHistory(engine.getHistoryService(), ModuleHandlers.stepsOf(engine)).of(project);
        history = history.stream().sorted(TimelineEntry.CHRONOLOGICAL).toList();

        // Then every move is there, in order, with who made it and the step it concerns
        assertThat(history).extracting(TimelineEntry::kind, TimelineEntry::who, TimelineEntry::step).containsExactly(
                tuple(TimelineKind.TASK_CREATED, null, "territorial-backing"),
                tuple(TimelineKind.TASK_CLAIMED, "claire", "territorial-backing"),
                tuple(TimelineKind.TASK_RELEASED, "claire", "territorial-backing"),
                tuple(TimelineKind.TASK_CLAIMED, "marc", "territorial-backing"),
                tuple(TimelineKind.TASK_COMPLETED, "marc", "territorial-backing"),
                tuple(TimelineKind.TASK_CREATED, null, "opportunity-study"));
        assertThat(history.get(0).summary()).isEqualTo("Étape « Portage territorial » ouverte, échéance le 01/04/2026");
        assertThat(history.get(1).summary()).isEqualTo("Tâche « Portage territorial » prise par claire");
        assertThat(history.get(2).summary()).isEqualTo("Tâche « Portage territorial » libérée");
        assertThat(history.get(4).summary()).isEqualTo("Étape « Portage territorial » terminée");
        assertThat(history.get(4).at()).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void tellsThatTheOpenTaskWasInterruptedWhenTheProjectIsGivenUp() {
        ProjectId project = start();

        at(NOW.plusSeconds(60), () -> engine.getRuntimeService().createMessageCorrelation(SchoolOpeningProcess.MESSAGE_ABANDON)
                .processInstanceBusinessKey(project.toString()).correlate());

        assertThat(new TaskHistory(engine.getHistoryService(), ModuleHandlers.stepsOf(engine)).of(project))
                .extracting(TimelineEntry::kind, TimelineEntry::at)
                .contains(tuple(TimelineKind.TASK_CANCELLED, NOW.plusSeconds(60)));
    }

    @Test
    void knowsNothingOfAnotherProject() {
        start();

        assertThat(new TaskHistory(engine.getHistoryService(), ModuleHandlers.stepsOf(engine)).of(ProjectId.random())).isEmpty();
    }

    private ProjectId start() {
        ProjectId project = ProjectId.random();
        at(NOW, () -> engine.getRuntimeService().startProcessInstanceByKey(SchoolOpeningProcess.KEY,
                project.toString(), Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, "61")));
        return project;
    }

    private Task openTask(ProjectId project) {
        return tasks().createTaskQuery().processInstanceBusinessKey(project.toString()).singleResult();
    }

    private static TaskService tasks() {
        return engine.getTaskService();
    }

    private static void asUser(String user, Runnable command) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthenticatedUserId(user);
        try {
            command.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void at(Instant instant, Runnable command) {
        ClockUtil.setCurrentTime(Date.from(instant));
        command.run();
    }

}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.ProjectChange;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.StepCompletion;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.workflow.OpeningProgress;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectStanding;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class CamundaProjectLifecycle implements ProjectLifecycle {

    @Inject
    Projects projects;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RuntimeReads runtime;

    @Inject
    Steps stepsOf;

    @Inject
    ProjectOfficers officers;

    @Inject
    TaskService taskService;

    @Inject
    Colleagues colleagues;

    @Override
    @Transactional
    public ProjectView register(ProjectRegistration registration, Caller caller) {
        return register(registration, null, caller);
    }

    /** The officer named is given the project before its process starts, so that its first task is offered to them. */
    @Override
    @Transactional
    public ProjectView register(ProjectRegistration registration, String officer, Caller caller) {
        ProjectSummary project = projects.register(registration, caller);
        if (officer != null && !officer.isBlank()) {
            officers.assign(project.id(), officer, caller);
        }
        Map<String, Object> variables = new HashMap<>(Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, project.departmentCode()));
        officers.officerOf(project.id()).ifPresent(named -> variables.put(SchoolOpeningProcess.VAR_OFFICER, named));
        runtimeService.startProcessInstanceByKey(SchoolOpeningProcess.KEY, project.id().toString(), variables);
        return find(project.id()).orElseThrow();
    }

    @Override
    public Optional<ProjectView> find(ProjectId id) {
        return projects.find(id).map(this::withHistory);
    }

    @Override
    public Optional<ProjectView> find(ProjectId id, Caller caller) {
        return projects.find(id, caller).map(this::withHistory);
    }

    /** A single project's shape: its current steps and its history. */
    private ProjectView withHistory(ProjectSummary project) {
        return new ProjectView(project, currentSteps(List.of(project)).getOrDefault(project.id(), List.of()),
                projects.history(project.id()));
    }

    @Override
    public List<ProjectView> list(String departmentCode, ProjectStatus status, Caller caller) {
        return withoutHistory(projects.list(departmentCode, status, caller));
    }

    @Override
    public List<ProjectStanding> standings(Caller caller) {
        List<ProjectSummary> found = projects.list(null, null, caller);
        Map<ProjectId, List<Task>> open = openTasks(found);
        return found.stream().map(project -> standing(project, List.of(), open)).toList();
    }

    @Override
    public Optional<ProjectStanding> standing(ProjectId id, Caller caller) {
        return projects.find(id, caller)
                .map(project -> standing(project, projects.history(id), openTasks(List.of(project))));
    }

    private ProjectStanding standing(ProjectSummary project, List<StepCompletion> history,
                                     Map<ProjectId, List<Task>> open) {
        List<Task> tasks = open.getOrDefault(project.id(), List.of());
        return new ProjectStanding(new ProjectView(project, tasks.stream().map(this::stepKey).toList(), history),
                tasks.stream().map(task -> new ProjectStanding.OpenStep(stepKey(task),
                        stepsOf.ofActivity(task.getTaskDefinitionKey()).map(Step::label).orElse(task.getName()),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant())).toList());
    }

    /** The list shows no history (the project page does); current steps are read in two queries for all. */
    @Override
    public List<ProjectView> list(String departmentCode, ProjectStatus status) {
        return withoutHistory(projects.list(departmentCode, status));
    }

    /** The list's shape: each project with its current steps (read in two queries for all), no history. */
    private List<ProjectView> withoutHistory(List<ProjectSummary> found) {
        Map<ProjectId, List<String>> steps = currentSteps(found);
        return found.stream().map(p -> new ProjectView(p, steps.getOrDefault(p.id(), List.of()), List.of())).toList();
    }

    /** The list's shape (no history), for the projects whose officer is the caller or one they stand in for. */
    @Override
    public List<ProjectView> mine(Caller caller) {
        List<ProjectId> ids = officers.ofOfficers(colleagues.actingAs(caller.name()));
        Map<ProjectId, ProjectSummary> summaries = projects.summaries(ids);
        return withoutHistory(ids.stream().map(summaries::get).filter(Objects::nonNull).toList());
    }

    @Override
    public OpeningProgress progress() {
        Map<Step, Long> waiting = new LinkedHashMap<>();
        for (Step step : stepsOf.of(Step.Process.OPENING)) {
            waiting.put(step, runtime.openTaskCount(Step.Process.OPENING.key(), step.activityId()));
        }
        return new OpeningProgress(projects.count(ProjectStatus.IN_PROGRESS), waiting);
    }

    @Override
    @Transactional
    public ProjectView abandon(ProjectId id, String reason, Caller caller) {
        projects.abandon(id, reason, caller);
        runtimeService.createMessageCorrelation(SchoolOpeningProcess.MESSAGE_ABANDON)
                .processInstanceBusinessKey(id.toString())
                .correlateWithResult();
        return find(id).orElseThrow();
    }

    /** The department is kept on the process instance too, for the inboxes' filter: moved with the project. */
    @Override
    @Transactional
    public ProjectView edit(ProjectId id, long version, ProjectRegistration registration, Caller caller) {
        List<ProjectChange> changes = projects.edit(id, version, registration, caller);
        if (changes.stream().anyMatch(change -> change.field().equals(SchoolOpeningProcess.VAR_DEPARTMENT))) {
            runtime.openingInstance(id).ifPresent(instance -> runtimeService.setVariable(instance,
                    SchoolOpeningProcess.VAR_DEPARTMENT, registration.departmentCode()));
        }
        return find(id).orElseThrow();
    }

    /**
     * The officer is kept on the opening's instance too, for the routing of the tasks still to open; the open
     * tasks offered to the previous officer are offered to the new one instead.
     */
    @Override
    @Transactional
    public ProjectView changeOfficer(ProjectId id, String officer, Caller caller) {
        Optional<String> previous = officers.assign(id, officer, caller);
        String now = officers.officerOf(id).orElseThrow();
        runtime.openingInstance(id).ifPresent(instance -> {
            runtimeService.setVariable(instance, SchoolOpeningProcess.VAR_OFFICER, now);
            TaskRouting.moveOpenTasks(taskService, instance, previous, now);
        });
        return find(id).orElseThrow();
    }

    private Map<ProjectId, List<String>> currentSteps(Collection<ProjectSummary> summaries) {
        Map<ProjectId, List<String>> steps = new HashMap<>();
        openTasks(summaries).forEach((id, tasks) -> steps.put(id, tasks.stream().map(this::stepKey).toList()));
        return steps;
    }

    /** The open tasks of the projects in progress among these, in two queries for all. */
    private Map<ProjectId, List<Task>> openTasks(Collection<ProjectSummary> summaries) {
        List<String> keys = summaries.stream().filter(p -> p.status() == ProjectStatus.IN_PROGRESS)
                .map(p -> p.id().toString()).toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<ProjectId, List<Task>> tasks = new HashMap<>();
        runtime.openTasks(keys).forEach((key, open) -> tasks.put(ProjectId.parse(key), open));
        return tasks;
    }

    private String stepKey(Task task) {
        return stepsOf.ofActivity(task.getTaskDefinitionKey()).map(Step::key).orElse(task.getTaskDefinitionKey());
    }
}

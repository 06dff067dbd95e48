package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.CompletionRequest;
import fr.normandie.ecoles.schools.FileSubmissions;
import fr.normandie.ecoles.workflow.CompletionAsked;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.workflow.HandOver;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import fr.normandie.ecoles.workflow.TaskConflictException;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskNotFoundException;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CamundaTasks implements Tasks {

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeReads runtime;

    @Inject
    EngineUser engineUser;

    @Inject
    Projects projects;

    @Inject
    Documents documents;

    @Inject
    RequiredDocuments requiredDocuments;

    @Inject
    Steps steps;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectOfficers officers;

    @Inject
    Colleagues colleagues;

    @Inject
    ProjectNotices notices;

    @Inject
    FileSubmissions submissions;

    @Inject
    Clock clock;

    /**
     * A few queries whatever the page size: whom the caller stands in for, the departments they are officers of (for
     * that scope), the page of tasks ({@link RuntimeReads#inbox}: one statement, the database cuts the page), their
     * process instances, their projects.
     */
    @Override
    public List<TaskView> list(Caller caller, TaskFilter filter, int first, int max) {
        Set<String> people = colleagues.actingAs(caller.name());
        List<String> groups = filter.scope() == TaskFilter.Scope.MINE ? List.of()
                : caller.roles().stream().map(Role::group).toList();
        Set<String> departments = null;
        if (filter.scope() == TaskFilter.Scope.DEPARTMENT) {
            departments = officers.departmentsOf(people);
            if (departments.isEmpty()) {
                return List.of();
            }
        }
        List<Task> tasks = runtime.inbox(new InboxCriteria(people, groups,
                // a carrier's task is offered to the carrier group, which every carrier holds: its own alone
                caller.isCarrier() ? caller.carrierId().toString() : null, departments,
                filter.step() == null ? null : steps.ofKey(filter.step()).map(Step::activityId).orElse("-"),
                filter.departmentCode(), filter.projectId()), first, max);
        Map<String, ProjectId> projectOf = projectsOf(tasks);
        Map<ProjectId, ProjectSummary> summaries = projects.summaries(Set.copyOf(projectOf.values()));
        return tasks.stream().map(task -> {
            ProjectSummary project = summaries.get(projectOf.get(task.getProcessInstanceId()));
            Step step = step(task);
            return new TaskView(task.getId(), step.key(), step.label(), project.id().toString(), project.name(),
                    project.departmentCode(), instant(task.getCreateTime()), instant(task.getDueDate()),
                    task.getAssignee());
        }).toList();
    }

    @Override
    @Transactional
    public void claim(String taskId, Caller caller) {
        Task task = openTask(taskId, caller);
        requireRole(task, caller);
        if (!heldByOrFree(task, caller)) {
            throw new TaskConflictException("La tâche est déjà prise par " + task.getAssignee() + ".");
        }
        meanwhile(() -> engineUser.as(caller, () -> taskService.setAssignee(taskId, caller.name())));
    }

    @Override
    @Transactional
    public void unclaim(String taskId, Caller caller) {
        Task task = openTask(taskId, caller);
        requireRole(task, caller);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.name()) && !caller.has(Role.ADMIN)) {
            throw new TaskConflictException("La tâche est prise par " + task.getAssignee()
                    + " : seul cette personne ou un administrateur peut la libérer.");
        }
        meanwhile(() -> engineUser.as(caller, () -> taskService.setAssignee(taskId, null)));
    }

    @Override
    @Transactional
    public ProjectView complete(String taskId, Caller caller, Function<Step, ?> formOfStep, List<Attachment> attachments) {
        Task task = openTask(taskId, caller);
        Step step = requireRole(task, caller);
        if (step.process() == Step.Process.GRANT) {
            // a grant's steps have a grant, not a project: they are completed through GrantProcess
            throw new TaskNotFoundException(taskId);
        }
        if (!heldByOrFree(task, caller)) {
            throw new TaskConflictException("La tâche est prise par " + task.getAssignee() + ".");
        }
        ProjectId project = projectOf(task);
        boolean projectStep = step.process() == Step.Process.OPENING;
        if (projectStep) {
            // before anything is written: a project that ended (abandoned meanwhile) takes no more steps
            projects.requireInProgress(project);
            // nor a step whose mandatory documents are missing, when the carrier files online (schools' rule)
            requiredDocuments.requireFiled(project, step.key(), step.label());
        }
        String outcome = record(step.handler(), project, formOfStep.apply(step), caller.name()).name();
        boolean submission = step.role() == Role.CARRIER;
        if (projectStep && !submission) {
            // a re-audit belongs to the school's label, not to the project's file, which ended at the opening
            projects.recordStep(project, step.key(), caller.name(), outcome);
        }
        attachments.forEach(attachment -> documents.attach(project, step.key(), attachment, caller));
        // the assignee stays in the task's history as who completed it; of two people completing the task at
        // once, the second one's delete of its row finds it gone and fails here
        meanwhile(() -> inOneCommand(() -> {
            taskService.setAssignee(taskId, caller.name());
            if (submission) {
                // the completion request is answered: the next submission of the project is due on its own terms
                taskService.removeVariable(taskId, SchoolOpeningProcess.VAR_COMPLETION_DEADLINE);
            }
            taskService.complete(taskId, Map.of(step.outcomeVariable(), outcome));
        }));
        return lifecycle.find(project).orElseThrow();
    }

    /**
     * The request goes on the timeline first, then the message interrupts the staff task and the process goes back
     * to the carrier's submission, due at the end of the deadline's day; the carrier is told once the command has
     * ended, in the same transaction. Every refusal comes before any write.
     */
    @Override
    @Transactional
    public void requestCompletion(String taskId, CompletionAsked request, Caller caller) {
        Task task = openTask(taskId, caller);
        Step step = requireRole(task, caller);
        String message = SchoolOpeningProcess.completionRequested(step.key());
        if (!takesCompletionRequest(task, message)) {
            throw new TaskConflictException("Le porteur de ce projet ne dépose pas son dossier en ligne pour l'étape « "
                    + step.label() + " » : il n'y a pas de compléments à lui demander ici.");
        }
        if (!heldByOrFree(task, caller)) {
            throw new TaskConflictException("La tâche est prise par " + task.getAssignee() + ".");
        }
        ProjectId project = projectOf(task);
        projects.requireInProgress(project);
        CompletionRequest asked = submissions.requestCompletion(project, step.key(),
                request == null ? null : request.message(), request == null ? null : request.deadline(), caller.name(),
                clock.today());
        Date deadline = Date.from(asked.deadline().plusDays(1).atStartOfDay(Clock.REGION).toInstant());
        Object carrier = taskService.getVariable(taskId, SchoolOpeningProcess.VAR_CARRIER);
        meanwhile(() -> engineUser.as(caller, () -> engine.getRuntimeService()
                .createMessageCorrelation(message)
                .processInstanceId(task.getProcessInstanceId())
                .setVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE, deadline)
                .correlateWithResult()));
        notices.tellCarrier(Notice.Kind.COMPLETION_REQUESTED, project, carrier,
                step.label() + " — « " + asked.message() + " »", deadline);
    }

    /**
     * The task is given to the colleague without an engine user (the engine's assignment notice would tell them a
     * second time, without the message); the timeline's entry is the hand-over recorded in the project's file.
     */
    @Override
    @Transactional
    public void handOver(String taskId, HandOver handOver, Caller caller) {
        Task task = openTask(taskId, caller);
        Step step = requireRole(task, caller);
        if (step.process() == Step.Process.GRANT) {
            throw new TaskNotFoundException(taskId);
        }
        if (!heldByOrFree(task, caller) && !caller.has(Role.ADMIN)) {
            throw new TaskConflictException("La tâche est prise par " + task.getAssignee()
                    + " : seule cette personne peut la transmettre.");
        }
        String colleague = colleagues.requireColleague(handOver.colleague(), step.role(), "colleague");
        String message = FreeText.optional(handOver.message());
        if (message == null) {
            throw new Rejected("message", "Écrivez un message pour votre collègue.");
        }
        if (message.length() > HandOver.MAX_MESSAGE) {
            throw new Rejected("message", "Le message ne doit pas dépasser " + HandOver.MAX_MESSAGE + " caractères.");
        }
        ProjectId project = projectOf(task);
        officers.recordHandOver(project, step.key(), caller.name(), colleague, message);
        meanwhile(() -> taskService.setAssignee(taskId, colleague));
        notices.tell(Notice.Kind.TASK_HANDED_OVER, project, Set.of(), Optional.of(colleague),
                step.label() + " — « " + message + " » (" + caller.name() + ")", task.getDueDate());
    }

    @Override
    public boolean takesCompletionRequest(String taskId, Caller caller) {
        Task task = openTask(taskId, caller);
        Step step = step(task);
        return caller.has(step.role())
                && takesCompletionRequest(task, SchoolOpeningProcess.completionRequested(step.key()));
    }

    /** The carrier files this step online, and the step's task waits for the message that sends its file back. */
    private boolean takesCompletionRequest(Task task, String message) {
        return Boolean.TRUE.equals(taskService.getVariable(task.getId(), SchoolOpeningProcess.VAR_CARRIER_FILES_ONLINE))
                && engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(task.getProcessInstanceId())
                .eventType("message").eventName(message).count() > 0;
    }

    /** Whether the task is free, the caller's, or held by someone the caller stands in for today. */
    private boolean heldByOrFree(Task task, Caller caller) {
        return task.getAssignee() == null || task.getAssignee().equals(caller.name())
                || colleagues.standingInFor(caller.name()).contains(task.getAssignee());
    }

    /** Hands the form to the module that owns the step; the form read for the step is of the step's type. */
    private static <F> Enum<?> record(StepHandler<F, ?> handler, ProjectId project, Object form, String by) {
        if (!handler.formType().isInstance(form)) {
            throw new IllegalArgumentException("Le formulaire ne correspond pas à l'étape " + handler.key() + ".");
        }
        return handler.record(project, handler.formType().cast(form), by);
    }

    /**
     * Runs an engine command on a task that someone else may have changed since it was read; reports that
     * as a conflict. Not a recovery: the exception propagates and the whole transaction rolls back.
     */
    private static void meanwhile(Runnable command) {
        try {
            command.run();
        } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
            throw changedMeanwhile();
        } catch (ProcessEngineException e) {
            // a listener's domain write (a notice queued as the next task opens) may be the first to flush the
            // project that the other completion has just moved on: the same conflict, seen by JPA
            if (Stream.iterate((Throwable) e, Objects::nonNull, Throwable::getCause)
                    .anyMatch(OptimisticLockException.class::isInstance)) {
                throw changedMeanwhile();
            }
            throw e;
        }
    }

    private static TaskConflictException changedMeanwhile() {
        return new TaskConflictException("La tâche a été traitée ou modifiée par quelqu'un d'autre entre-temps : "
                + "rien n'a été enregistré. Rechargez la liste des tâches.");
    }

    /**
     * Runs engine calls as one engine command: they share its cache of rows and its single flush (the task is
     * read once, and its assignment is not written before its deletion).
     */
    private void inOneCommand(Runnable calls) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    calls.run();
                    return null;
                });
    }

    /**
     * The open task, as the caller may know of it: a carrier knows only the tasks of its own projects, and is
     * answered about any other exactly as about a task that never was (issue 16).
     */
    private Task openTask(String taskId, Caller caller) {
        Optional<Task> task = runtime.task(taskId);
        if (task.isPresent()) {
            if (caller.isCarrier() && !caller.carrierId().toString()
                    .equals(taskService.getVariable(taskId, SchoolOpeningProcess.VAR_CARRIER))) {
                throw new TaskNotFoundException(taskId);
            }
            return task.get();
        }
        Optional<HistoricTaskInstance> done = Optional.ofNullable(
                historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
        if (done.isPresent() && (!caller.isCarrier() || carrierOf(done.get()).equals(caller.carrierId().toString()))) {
            throw new TaskConflictException("Cette tâche a déjà été traitée.");
        }
        throw new TaskNotFoundException(taskId);
    }

    /** The carrier of the project of a task done (the engine keeps no variables in its history), or "" when none. */
    private String carrierOf(HistoricTaskInstance task) {
        return Optional.ofNullable(historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult())
                .map(instance -> instance.getBusinessKey()).filter(Objects::nonNull)
                .flatMap(key -> projects.find(ProjectId.parse(key))).map(ProjectSummary::carrierId)
                .map(UUID::toString).orElse("");
    }

    private Step requireRole(Task task, Caller caller) {
        Step step = step(task);
        if (!caller.has(step.role())) {
            throw new StepForbiddenException("L'étape « " + step.label() + " » est réservée au rôle "
                    + step.role().group() + ".");
        }
        return step;
    }

    private Step step(Task task) {
        return steps.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown step " + task.getTaskDefinitionKey()));
    }

    private ProjectId projectOf(Task task) {
        return projectsOf(List.of(task)).get(task.getProcessInstanceId());
    }

    private Map<String, ProjectId> projectsOf(List<Task> tasks) {
        Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProjectId> projects = new HashMap<>();
        runtime.businessKeys(instances).forEach((instance, key) -> projects.put(instance, ProjectId.parse(key)));
        return projects;
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.schools.TimelineKind;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the engine's history says of a project's tasks: when each opened and ended (completed by its
 * assignee, or interrupted), and who took or released it (the user operation log, written for the
 * commands run in a caller's name). One query for the tasks, one per process instance of the project
 * (there is one) for the operations.
 */
@ApplicationScoped
public class TaskHistory {

    private static final String COMPLETED = "completed";
    private static final String ASSIGNEE = "assignee";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Clock.REGION);

    @Inject
    HistoryService historyService;

    @Inject
    Steps steps;

    public TaskHistory() {
    }

    TaskHistory(HistoryService historyService, Steps steps) {
        this.historyService = historyService;
        this.steps = steps;
    }

    List<TimelineEntry> of(ProjectId project) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(project.toString()).list();
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            String step = stepKey(task);
            entries.add(new TimelineEntry(task.getStartTime().toInstant(), null, TimelineKind.TASK_CREATED, step,
                    "Étape « " + label(task) + " » ouverte" + due(task.getDueDate())));
            if (task.getEndTime() != null) {
                entries.add(COMPLETED.equals(task.getDeleteReason())
                        ? new TimelineEntry(task.getEndTime().toInstant(), task.getAssignee(), TimelineKind.TASK_COMPLETED,
                                step, "Étape « " + label(task) + " » terminée")
                        : new TimelineEntry(task.getEndTime().toInstant(), null, TimelineKind.TASK_CANCELLED, step,
                                "Étape « " + label(task) + " » interrompue"));
            }
        }
        Map<String, HistoricTaskInstance> byId = tasks.stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        Set<String> instances = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        for (String instance : instances) {
            historyService.createUserOperationLogQuery().processInstanceId(instance)
                    .entityType(EntityTypes.TASK).property(ASSIGNEE).list().stream()
                    .filter(operation -> byId.containsKey(operation.getTaskId()))
                    .forEach(operation -> entries.add(assignment(operation, byId.get(operation.getTaskId()))));
        }
        return entries;
    }

    private TimelineEntry assignment(UserOperationLogEntry operation, HistoricTaskInstance task) {
        String assignee = operation.getNewValue();
        return assignee == null
                ? new TimelineEntry(operation.getTimestamp().toInstant(), operation.getUserId(), TimelineKind.TASK_RELEASED,
                        stepKey(task), "Tâche « " + label(task) + " » libérée")
                : new TimelineEntry(operation.getTimestamp().toInstant(), operation.getUserId(), TimelineKind.TASK_CLAIMED,
                        stepKey(task), "Tâche « " + label(task) + " » prise par " + assignee);
    }

    /** The task's name in the BPMN: the step's label. */
    private static String label(HistoricTaskInstance task) {
        return task.getName();
    }

    private String stepKey(HistoricTaskInstance task) {
        return steps.ofActivity(task.getTaskDefinitionKey()).map(Step::key).orElse(task.getTaskDefinitionKey());
    }

    private static String due(Date due) {
        return due == null ? "" : ", échéance le " + DAY.format(due.toInstant());
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.PastProjects;
import fr.normandie.ecoles.schools.PastProjectsOnDay;
import fr.normandie.ecoles.workflow.OpeningProgress;
import fr.normandie.ecoles.workflow.PastProgress;
import fr.normandie.ecoles.workflow.ProjectOnDay;
import fr.normandie.ecoles.workflow.ProjectsOnDay;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The steps open at the end of a past day are the opening's task instances of the engine's history started by then
 * and not ended by then (the "timeline" history level keeps them: {@link TimelineHistory}); their projects are the
 * business keys of their process instances. Seven queries whatever the day; when the page of projects is cut, the
 * tasks of its projects alone.
 */
@ApplicationScoped
public class CamundaPastProgress implements PastProgress {

    private static final ZoneId REGION = Clock.REGION;

    @Inject
    PastProjects pastProjects;

    @Inject
    HistoryService historyService;

    @Inject
    Steps steps;

    @Override
    public ProjectsOnDay inProgressOn(LocalDate day, int max) {
        PastProjectsOnDay projects = pastProjects.inProgressOn(day, max);
        // every project's tasks when they are all listed; the listed projects' alone when the page is cut
        Map<String, List<String>> stepsOf = openStepsOn(day, projects.first().size() < projects.count()
                ? projects.first().stream().map(project -> project.id().toString()).toArray(String[]::new) : null);
        return new ProjectsOnDay(projects.count(), projects.first().stream()
                .map(project -> new ProjectOnDay(project, stepsOf.getOrDefault(project.id().toString(), List.of())))
                .toList());
    }

    @Override
    public OpeningProgress progressOf(List<ProjectOnDay> projects) {
        Map<Step, Long> waiting = projects.stream().flatMap(p -> p.steps().stream())
                .map(key -> steps.ofKey(key).orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return new OpeningProgress(projects.size(), waiting);
    }

    /**
     * The step keys of the opening's tasks open at the end of the day, by project (business key), oldest first: of
     * the projects {@code only}, or of all when null.
     */
    private Map<String, List<String>> openStepsOn(LocalDate day, String[] only) {
        if (only != null && only.length == 0) {
            return Map.of();
        }
        Date end = Date.from(day.plusDays(1).atStartOfDay(REGION).toInstant());
        List<HistoricTaskInstance> open = Stream.concat(
                        tasksStartedBefore(end, only).unfinished().list().stream(),
                        tasksStartedBefore(end, only).finishedAfter(end).list().stream())
                .filter(task -> task.getStartTime().before(end))
                .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
                .toList();
        if (open.isEmpty()) {
            return Map.of();
        }
        Set<String> instances = open.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> projectOf = historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(instances).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
        return open.stream().collect(Collectors.groupingBy(task -> projectOf.get(task.getProcessInstanceId()),
                LinkedHashMap::new, Collectors.mapping(task -> steps.ofActivity(task.getTaskDefinitionKey())
                        .map(Step::key).orElse(task.getTaskDefinitionKey()), Collectors.toList())));
    }

    private HistoricTaskInstanceQuery tasksStartedBefore(Date end, String[] only) {
        HistoricTaskInstanceQuery tasks = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(SchoolOpeningProcess.KEY).startedBefore(end);
        return only == null ? tasks : tasks.processInstanceBusinessKeyIn(only);
    }
}

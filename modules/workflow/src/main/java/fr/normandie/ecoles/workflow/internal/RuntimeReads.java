package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The reads of the engine's runtime tables that every step, every project page and the dashboard make: a task
 * by its id, the open tasks of some projects, the project of some process instances, the open tasks of a step. The engine's task and process
 * instance queries build their SQL at each call from a mapping of a hundred optional conditions, each tested by
 * reflection, which costs more CPU than the database's own work (bench/: about a fifth of a request's time).
 * These are the same rows and the same entities through the engine's public native queries, whose SQL is
 * written here once: one statement each, with bound parameters.
 */
@ApplicationScoped
public class RuntimeReads {

    /** Bounded IN lists. */
    private static final int CHUNK = 500;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    private final Map<Class<?>, String> tables = new ConcurrentHashMap<>();

    /** The open task, if it is still open. */
    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(taskService.createNativeTaskQuery()
                .sql("SELECT * FROM " + table(Task.class) + " WHERE ID_ = #{id}").parameter("id", taskId).singleResult());
    }

    /** How many tasks of that activity of the process's definitions (all versions) are open. */
    public long openTaskCount(String processKey, String activityId) {
        return taskService.createNativeTaskQuery().sql("SELECT count(*) FROM " + table(Task.class) + " T JOIN "
                        + table(ProcessDefinition.class) + " D ON D.ID_ = T.PROC_DEF_ID_"
                        + " WHERE D.KEY_ = #{process} AND T.TASK_DEF_KEY_ = #{activity}")
                .parameter("process", processKey).parameter("activity", activityId).count();
    }

    /** The project (business key) of each process instance that is still running. */
    public Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        return instancesWhere("ID_", processInstanceIds);
    }

    /**
     * The open tasks of the projects (business keys) of all their running process instances, each project's
     * oldest first.
     */
    public Map<String, List<Task>> openTasks(Collection<String> businessKeys) {
        Map<String, String> keyOfInstance = instancesWhere("BUSINESS_KEY_", businessKeys);
        List<Task> found = new ArrayList<>();
        inChunks(keyOfInstance.keySet(), (in, parameters) -> {
            NativeTaskQuery query = taskService.createNativeTaskQuery()
                    .sql("SELECT * FROM " + table(Task.class) + " WHERE PROC_INST_ID_ IN (" + in + ") ORDER BY CREATE_TIME_, ID_");
            parameters.forEach(query::parameter);
            found.addAll(query.list());
        });
        return found.stream().collect(Collectors.groupingBy(task -> keyOfInstance.get(task.getProcessInstanceId()),
                LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The ids of the open, untaken tasks offered by name (candidate user) to one of these people: a project's
     * officer, or the people an officer stands in for. The engine's task query names one candidate user only.
     */
    public List<String> offeredTo(Collection<String> people) {
        List<String> ids = new ArrayList<>();
        inChunks(people, (in, parameters) -> {
            NativeTaskQuery query = taskService.createNativeTaskQuery().sql("SELECT * FROM " + table(Task.class)
                    + " WHERE ASSIGNEE_ IS NULL AND ID_ IN (SELECT TASK_ID_ FROM " + table(IdentityLinkEntity.class)
                    + " WHERE TYPE_ = 'candidate' AND USER_ID_ IN (" + in + "))");
            parameters.forEach(query::parameter);
            query.list().forEach(task -> ids.add(task.getId()));
        });
        return ids;
    }

    /** The id of the project's running opening process, if it runs (an edit or a correction: rare, a plain query). */
    public Optional<String> openingInstance(ProjectId project) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SchoolOpeningProcess.KEY).processInstanceBusinessKey(project.toString())
                .singleResult()).map(ProcessInstance::getId);
    }

    /** The business key of each running process instance whose column is one of the values, by instance id. */
    private Map<String, String> instancesWhere(String column, Collection<String> values) {
        Map<String, String> keys = new LinkedHashMap<>();
        inChunks(values, (in, parameters) -> {
            NativeProcessInstanceQuery query = runtimeService.createNativeProcessInstanceQuery()
                    .sql("SELECT * FROM " + table(ProcessInstance.class) + " WHERE " + column + " IN (" + in + ") AND ID_ = PROC_INST_ID_");
            parameters.forEach(query::parameter);
            query.list().forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        });
        return keys;
    }

    /** Calls {@code query} with {@code #{p0}, #{p1}, …} and their values, at most {@link #CHUNK} at a time. */
    private static void inChunks(Collection<String> values, BiConsumer<String, Map<String, Object>> query) {
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (int i = from; i < Math.min(all.size(), from + CHUNK); i++) {
                parameters.put("p" + (i - from), all.get(i));
            }
            query.accept(parameters.keySet().stream().map(name -> "#{" + name + "}").collect(Collectors.joining(", ")),
                    parameters);
        }
    }

    /** The engine's table of that entity, with the configured prefix: asked of the engine (a command) once. */
    private String table(Class<?> entity) {
        return tables.computeIfAbsent(entity, managementService::getTableName);
    }
}

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
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
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
 * by its id, the open tasks of some projects, the project of some process instances, the open tasks of a step, an
 * inbox's page. The engine's task and process
 * instance queries build their SQL at each call from a mapping of a hundred optional conditions, each tested by
 * reflection, which costs more CPU than the database's own work (bench/: about a fifth of a request's time).
 * These are the same rows and the same entities through the engine's public native queries, whose SQL is
 * written here once: one statement each, with bound parameters.
 */
@ApplicationScoped
public class RuntimeReads {

    /** Bounded IN lists. */
    private static final int CHUNK = 500;

    /** The inbox's order: the engine's, the task's id last. */
    private static final String INBOX_ORDER = " ORDER BY RES.DUE_DATE_ ASC, RES.CREATE_TIME_ ASC, RES.ID_ ASC";

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
     * A page of an inbox, in the order of the engine's task query that it replaces ({@code orderByDueDate().asc()
     * .orderByTaskCreateTime().asc()}, the task's id last so that a page never depends on the plan), with the same
     * conditions: the engine's OR of assignee, candidate groups and offered ids, its process-variable conditions
     * (a process-level variable of type string, equal), its join on the process definition's key and on the process
     * instance's business key. One statement, no list of ids fetched first; the database cuts the page (at 10,000
     * open tasks the engine's query built its SQL from a mapping of a hundred optional conditions at each call and
     * joined the identity links before a DISTINCT: 55-70 ms).
     * <p>
     * The three ways a task reaches the inbox (given to one of the people, offered to one of the groups, offered to
     * one of the people by name) are three branches, each cut at the page's end in the page's order, whose ids are
     * united and ordered again: a branch's condition on the identity links is then a join that PostgreSQL plans with
     * the page's limit in view (walking the tasks by due date and stopping at the page's end when the caller's group
     * holds most of them, reading the group's links first when it holds few). As one OR of three EXISTS, it hashed
     * every link of the caller's group before reading a task (6,000 for the staff at 10,000 open tasks: 10 ms of the
     * database's time for a page of 50, against 2 ms). One project's tasks (the step look-up of every completion) are
     * read through its process instance, the three ways in one condition (0.1 ms; the branches cost more to plan).
     */
    public List<Task> inbox(InboxCriteria criteria, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String identityLinks = table(IdentityLinkEntity.class);
        String narrowed = narrowing(criteria, parameters);
        String people = bind(parameters, "u", criteria.people());
        List<String> branches = new ArrayList<>();
        branches.add("RES.ASSIGNEE_ IN (" + people + ")");
        if (!criteria.groups().isEmpty()) {
            branches.add("RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM " + identityLinks + " I WHERE I.TASK_ID_ = RES.ID_"
                    + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + bind(parameters, "g", criteria.groups()) + "))");
        }
        branches.add("RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM " + identityLinks + " I WHERE I.TASK_ID_ = RES.ID_"
                + " AND I.TYPE_ = 'candidate' AND I.USER_ID_ IN (" + people + "))");
        String definitions = " JOIN " + table(ProcessDefinition.class) + " D ON D.ID_ = RES.PROC_DEF_ID_ WHERE D.KEY_ IN ("
                + bind(parameters, "k", List.of(SchoolOpeningProcess.KEY, LabelRenewalProcess.KEY)) + ") AND ";
        String sql;
        if (criteria.businessKey() != null) {
            // one project's few tasks: read through its process instance, the three ways at once
            sql = "SELECT RES.* FROM " + table(Task.class) + " RES" + definitions + "(" + String.join(" OR ", branches) + ")"
                    + narrowed + INBOX_ORDER;
        } else {
            long pageEnd = (long) first + max;
            sql = "SELECT RES.* FROM " + table(Task.class) + " RES WHERE RES.ID_ IN (" + branches.stream()
                    .map(who -> "(SELECT RES.ID_ FROM " + table(Task.class) + " RES" + definitions + who + narrowed
                            + INBOX_ORDER + " LIMIT " + pageEnd + ")")
                    .collect(Collectors.joining(" UNION ")) + ")" + INBOX_ORDER;
        }
        NativeTaskQuery query = taskService.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query.listPage(first, max);
    }

    /** The conditions that narrow an inbox (carrier, departments, step, department, project), each branch's. */
    private String narrowing(InboxCriteria criteria, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (criteria.carrierId() != null) {
            sql.append(processVariableIn(SchoolOpeningProcess.VAR_CARRIER, "c", List.of(criteria.carrierId()), parameters));
        }
        if (criteria.departments() != null) {
            sql.append(processVariableIn(SchoolOpeningProcess.VAR_DEPARTMENT, "s", criteria.departments(), parameters));
        }
        if (criteria.activityId() != null) {
            sql.append(" AND RES.TASK_DEF_KEY_ = ").append(bind(parameters, "a", List.of(criteria.activityId())));
        }
        if (criteria.departmentCode() != null) {
            sql.append(processVariableIn(SchoolOpeningProcess.VAR_DEPARTMENT, "d", List.of(criteria.departmentCode()),
                    parameters));
        }
        if (criteria.businessKey() != null) {
            sql.append(" AND RES.PROC_INST_ID_ IN (SELECT E.ID_ FROM ").append(table(ProcessInstance.class))
                    .append(" E WHERE E.BUSINESS_KEY_ = ").append(bind(parameters, "b", List.of(criteria.businessKey())))
                    .append(")");
        }
        return sql.toString();
    }

    /** The engine's {@code processVariableValueEquals} of a string, for one of the values. */
    private String processVariableIn(String name, String prefix, Collection<String> values, Map<String, Object> parameters) {
        return " AND EXISTS (SELECT 1 FROM " + table(VariableInstanceEntity.class) + " V WHERE V.NAME_ = "
                + bind(parameters, prefix + "n", List.of(name)) + " AND V.TASK_ID_ IS NULL AND V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                + " AND V.TYPE_ = 'string' AND V.TEXT_ IN (" + bind(parameters, prefix, values) + "))";
    }

    /** {@code #{prefix0}, #{prefix1}, …} for the values, added to the parameters. */
    private static String bind(Map<String, Object> parameters, String prefix, Collection<String> values) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            String name = prefix + names.size();
            parameters.put(name, value);
            names.add("#{" + name + "}");
        }
        return String.join(", ", names);
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

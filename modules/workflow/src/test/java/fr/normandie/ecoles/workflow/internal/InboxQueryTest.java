package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's statement ({@link RuntimeReads#inbox}) against the engine's task query that it replaced, on the same
 * tasks of a real engine (the opening's BPMN, routed to officers): assigned and untaken, offered to several groups
 * and by name, equal and missing due dates, equal creation times, other processes' tasks, carriers' and
 * departments' variables. Every combination of who asks and how it is narrowed, whole and by pages, gives the
 * same ids in the same order. The engine's query is the one the inbox ran, with the task's id as the last
 * tie-break that the new statement states (the engine left the order of equal tasks to the plan).
 */
class InboxQueryTest {

    private static final Date MONDAY = Date.from(Instant.parse("2026-03-02T09:00:00Z"));
    private static final Date TUESDAY = Date.from(Instant.parse("2026-03-03T09:00:00Z"));
    private static final String CARRIER = UUID.randomUUID().toString();
    private static final String OTHER_CARRIER = UUID.randomUUID().toString();
    private static final List<String> DEPARTMENTS = List.of("14", "27", "50", "61", "76");

    private static ProcessEngine engine;
    private static RuntimeReads reads;
    private static final List<String> projects = new ArrayList<>();

    @BeforeAll
    static void tasksOfEveryKind() {
        engine = TaskRoutingProcessTest.inMemoryEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("other.bpmn",
                Bpmn.createExecutableProcess("other-process").startEvent().userTask("Task_Other")
                        .camundaCandidateGroups("staff,auditor").endEvent().done()).deploy();
        reads = new RuntimeReads();
        reads.taskService = engine.getTaskService();
        reads.runtimeService = engine.getRuntimeService();
        reads.managementService = engine.getManagementService();
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        List<String> officers = Arrays.asList("alice", "bob", null);
        for (int i = 0; i < 36; i++) {
            // three instances at a time share their creation time
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(i / 3)));
            String project = ProjectId.random().toString();
            projects.add(project);
            ProcessInstance instance = runtime.startProcessInstanceByKey(SchoolOpeningProcess.KEY, project,
                    Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, DEPARTMENTS.get(i % DEPARTMENTS.size())));
            String officer = officers.get(i % officers.size());
            if (officer != null) {
                runtime.setVariable(instance.getId(), SchoolOpeningProcess.VAR_OFFICER, officer);
                TaskRouting.moveOpenTasks(tasks, instance.getId(), java.util.Optional.empty(), officer);
            }
            if (i % 4 != 3) {
                runtime.setVariable(instance.getId(), SchoolOpeningProcess.VAR_CARRIER, i % 4 == 0 ? CARRIER
                        : i % 4 == 1 ? OTHER_CARRIER : null);
            }
            Task task = open(instance);
            if (i % 5 == 0) {
                tasks.complete(task.getId(), Map.of(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));
                task = open(instance);
            }
            // and their due date: ties that only the task's id breaks
            task.setDueDate(switch (i / 3 % 4) {
                case 0 -> MONDAY;
                case 1 -> TUESDAY;
                case 2 -> null;
                default -> Date.from(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * i));
            });
            tasks.saveTask(task);
            if (i % 6 == 1) {
                tasks.setAssignee(task.getId(), i % 12 == 1 ? "alice" : "carol");
            }
            if (i % 7 == 2) {
                tasks.addCandidateGroup(task.getId(), Role.AUDITOR.group());
            }
            if (i % 8 == 3) {
                tasks.addCandidateGroup(task.getId(), Role.CARRIER.group());
                tasks.deleteCandidateGroup(task.getId(), Role.STAFF.group());
            }
            if (i % 9 == 4) {
                tasks.addCandidateUser(task.getId(), "dave");
            }
        }
        for (int i = 0; i < 4; i++) {
            ProcessInstance other = runtime.startProcessInstanceByKey("other-process", projects.get(i));
            if (i == 0) {
                tasks.setAssignee(open(other).getId(), "alice");
            }
        }
        ClockUtil.reset();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyCallerAndEveryNarrowingSeeTheSameTasksInTheSameOrder() {
        List<Set<String>> peoples = List.of(Set.of("alice"), Set.of("bob"), Set.of("alice", "carol"), Set.of("dave"));
        List<List<String>> groupss = List.of(List.of(), List.of("staff"), List.of("staff", "auditor"), List.of("carrier"));
        List<String> carriers = Arrays.asList(null, CARRIER);
        List<Set<String>> departmentss = Arrays.asList(null, Set.of("14"), Set.of("14", "61", "76"));
        int compared = 0;
        int nonEmpty = 0;
        for (Set<String> people : peoples) {
            for (List<String> groups : groupss) {
                for (String carrier : carriers) {
                    for (Set<String> departments : departmentss) {
                        InboxCriteria criteria = new InboxCriteria(people, groups, carrier, departments, null, null, null);
                        nonEmpty += sameBothWays(criteria) ? 1 : 0;
                        compared++;
                    }
                }
                for (String activity : List.of(UserTask.TERRITORIAL_BACKING.activityId(),
                        UserTask.OPPORTUNITY_STUDY.activityId(), "-")) {
                    nonEmpty += same(new InboxCriteria(people, groups, null, null, activity, null, null)) ? 1 : 0;
                }
                for (String department : List.of("61", "99")) {
                    nonEmpty += same(new InboxCriteria(people, groups, null, null, null, department, null)) ? 1 : 0;
                }
                for (String project : List.of(projects.get(0), projects.get(2), projects.get(5), ProjectId.random().toString())) {
                    nonEmpty += same(new InboxCriteria(people, groups, null, null,
                            UserTask.TERRITORIAL_BACKING.activityId(), null, project)) ? 1 : 0;
                    nonEmpty += same(new InboxCriteria(people, groups, null, null, null, null, project)) ? 1 : 0;
                }
            }
        }
        assertThat(compared).isEqualTo(96);
        // the comparisons are not all of empty lists
        assertThat(nonEmpty).isGreaterThan(100);
    }

    @Test
    void theWholeStaffInboxOrdersEqualAndMissingDueDatesAsTheEngine() {
        InboxCriteria staff = new InboxCriteria(Set.of("alice"), List.of("staff"), null, null, null, null, null);
        List<Task> all = reads.inbox(staff, 0, 1000);
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(all).extracting(Task::getDueDate).contains(MONDAY, TUESDAY, null);
        assertThat(ids(all)).containsExactlyElementsOf(ids(engineQuery(staff).listPage(0, 1000)));
        // the other process's tasks, offered to staff and given to alice, are not in it
        assertThat(all).extracting(Task::getTaskDefinitionKey).doesNotContain("Task_Other");
    }

    /** The same ids in the same order, whole. True when not empty. */
    private static boolean same(InboxCriteria criteria) {
        List<String> expected = ids(engineQuery(criteria).listPage(0, 1000));
        assertThat(ids(reads.inbox(criteria, 0, 1000))).as("%s", criteria).containsExactlyElementsOf(expected);
        return !expected.isEmpty();
    }

    /** The same, whole and by pages of 5 (and one page past the end). True when not empty. */
    private static boolean sameBothWays(InboxCriteria criteria) {
        List<String> expected = ids(engineQuery(criteria).listPage(0, 1000));
        assertThat(ids(reads.inbox(criteria, 0, 1000))).as("%s", criteria).containsExactlyElementsOf(expected);
        for (int first = 0; first <= expected.size(); first += 5) {
            assertThat(ids(reads.inbox(criteria, first, 5))).as("%s from %d", criteria, first)
                    .containsExactlyElementsOf(ids(engineQuery(criteria).listPage(first, 5)));
        }
        return !expected.isEmpty();
    }

    /** The engine's task query that the inbox ran before {@link RuntimeReads#inbox}, the task's id last. */
    private static TaskQuery engineQuery(InboxCriteria criteria) {
        TaskService tasks = engine.getTaskService();
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(SchoolOpeningProcess.KEY, LabelRenewalProcess.KEY);
        Set<String> offered = new LinkedHashSet<>();
        // the engine's query names one candidate user only
        criteria.people().forEach(person -> tasks.createTaskQuery().taskCandidateUser(person).list()
                .forEach(task -> offered.add(task.getId())));
        query = query.or().taskAssigneeIn(criteria.people().toArray(String[]::new));
        if (!criteria.groups().isEmpty()) {
            query = query.taskCandidateGroupIn(criteria.groups());
        }
        if (!offered.isEmpty()) {
            query = query.taskIdIn(offered.toArray(String[]::new));
        }
        query = query.endOr();
        if (criteria.carrierId() != null) {
            query = query.processVariableValueEquals(SchoolOpeningProcess.VAR_CARRIER, criteria.carrierId());
        }
        if (criteria.departments() != null) {
            query = query.or();
            for (String department : criteria.departments()) {
                query = query.processVariableValueEquals(SchoolOpeningProcess.VAR_DEPARTMENT, department);
            }
            query = query.endOr();
        }
        if (criteria.activityId() != null) {
            query = query.taskDefinitionKey(criteria.activityId());
        }
        if (criteria.departmentCode() != null) {
            query = query.processVariableValueEquals(SchoolOpeningProcess.VAR_DEPARTMENT, criteria.departmentCode());
        }
        if (criteria.businessKey() != null) {
            query = query.processInstanceBusinessKey(criteria.businessKey());
        }
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private static Task open(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}

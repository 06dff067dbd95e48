package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing of a project's tasks to its officer ({@link TaskRouting}, a parse listener on a real in-memory engine
 * with the opening's BPMN): a staff task is offered to the officer by name beside the staff group, an auditor's task
 * is not, an instance without an officer offers its tasks to the group only, and a new officer takes the open tasks.
 */
class TaskRoutingProcessTest {

    private static final RecordingProjects PROJECTS = new RecordingProjects();
    private static final List<Notice> NOTICES = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

    /** Also the engine of {@link InboxQueryTest}: the opening and renewal processes, routed to their officers. */
    static ProcessEngine inMemoryEngine() {
        return InMemoryEngines.with(List.of(new TaskRouting()), Map.of(
                        "stepDeadlines", new StepDeadlines(key -> Optional.empty()),
                        "carrierSubmissions", new CarrierSubmissions(project -> Optional.empty(), carrier -> false, new StepDeadlines(key -> Optional.empty())),
                        "stepReminders", new StepReminders(PROJECTS, new ProjectNotices(PROJECTS, NOTICES::add)),
                        "projectEnds", new ProjectEnds(PROJECTS),
                        "labelRenewalSteps", new LabelRenewalSteps(new RecordingRenewals(), new ProjectNotices(PROJECTS, NOTICES::add))),
                SchoolOpeningProcess.RESOURCE, LabelRenewalProcess.RESOURCE);
    }

    @Test
    void aStaffTaskIsOfferedToTheProjectsOfficerBesideTheStaffGroup() {
        // Given a project whose officer is alice
        ProcessInstance instance = start("alice");

        // When its first task (staff) opens
        Task backing = openTask(instance);

        // Then alice is its candidate user, and staff its candidate group still
        assertThat(candidateUsers(backing)).containsExactly("alice");
        assertThat(candidateGroups(backing)).containsExactly(Role.STAFF.group());
        assertThat(tasks().createTaskQuery().taskCandidateUser("alice").list()).extracting(Task::getId).contains(backing.getId());
        assertThat(tasks().createTaskQuery().taskCandidateUser("bob").list()).extracting(Task::getId).doesNotContain(backing.getId());
    }

    @Test
    void anAuditorsTaskIsNotOfferedToTheOfficer() {
        // Given a project whose staff steps are done, at the label audit (auditors)
        ProcessInstance instance = start("alice");
        for (UserTask step : List.of(UserTask.TERRITORIAL_BACKING, UserTask.OPPORTUNITY_STUDY, UserTask.INSERTION_COMMITMENT)) {
            Task task = openTask(instance);
            assertThat(task.getTaskDefinitionKey()).isEqualTo(step.activityId());
            tasks().complete(task.getId(), Map.of(step.outcomeVariable(), outcomeGoingOn(step)));
        }

        // Then the audit is offered to the auditors only
        Task audit = openTask(instance);
        assertThat(audit.getTaskDefinitionKey()).isEqualTo(UserTask.LABEL_AUDIT.activityId());
        assertThat(candidateUsers(audit)).isEmpty();
        assertThat(candidateGroups(audit)).containsExactly(Role.AUDITOR.group());
    }

    @Test
    void anInstanceWithoutOfficerOffersItsTasksToTheGroupOnly() {
        ProcessInstance instance = start(null);
        Task backing = openTask(instance);
        assertThat(candidateUsers(backing)).isEmpty();
        assertThat(candidateGroups(backing)).containsExactly(Role.STAFF.group());
    }

    @Test
    void aNewOfficerTakesTheOpenTasksAndThoseToCome() {
        // Given alice's project at its first step
        ProcessInstance instance = start("alice");
        Task backing = openTask(instance);

        // When bob becomes its officer (the variable moved, the open task rerouted)
        ENGINE.getProcessEngine().getRuntimeService().setVariable(instance.getId(), SchoolOpeningProcess.VAR_OFFICER, "bob");
        TaskRouting.moveOpenTasks(tasks(), instance.getId(), Optional.of("alice"), "bob");

        // Then the open task is bob's and not alice's, and so is the next one
        assertThat(candidateUsers(backing)).containsExactly("bob");
        tasks().complete(backing.getId(), Map.of(UserTask.TERRITORIAL_BACKING.outcomeVariable(), "SUFFICIENT"));
        assertThat(candidateUsers(openTask(instance))).containsExactly("bob");
    }

    private ProcessInstance start(String officer) {
        Map<String, Object> variables = new HashMap<>(Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, "61"));
        if (officer != null) {
            variables.put(SchoolOpeningProcess.VAR_OFFICER, officer);
        }
        return ENGINE.getProcessEngine().getRuntimeService().startProcessInstanceByKey(SchoolOpeningProcess.KEY,
                ProjectId.random().toString(), variables);
    }

    private static String outcomeGoingOn(UserTask step) {
        return switch (step) {
            case TERRITORIAL_BACKING -> "SUFFICIENT";
            case OPPORTUNITY_STUDY -> "FAVOURABLE";
            default -> "SECURED";
        };
    }

    private Task openTask(ProcessInstance instance) {
        return tasks().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private List<String> candidateUsers(Task task) {
        return links(task).stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> candidateGroups(Task task) {
        return links(task).stream().map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    private List<IdentityLink> links(Task task) {
        return tasks().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    private TaskService tasks() {
        return ENGINE.getProcessEngine().getTaskService();
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.Optional;
import java.util.Set;

/**
 * Tells people of the tasks of every user task of every process, without a listener drawn in each BPMN: when a
 * task opens, the people of its candidate groups (or its assignee); when someone gives it to another person, that
 * person; a carrier's task tells that project's carrier alone (issue 16). Taking a task oneself (claim, or completing it) tells nobody. Registered on the engine as a BPMN parse
 * listener by {@link ProcessEngineBootstrap}.
 */
@ApplicationScoped
public class TaskNotices extends AbstractBpmnParseListener implements TaskListener {

    @Inject
    ProjectNotices notices;

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, this);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this);
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        ProjectId project = ProjectId.parse(businessKey);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            // a task just created has no variables of its own: asked of the task, the engine would read its
            // (empty) local variables from the database first; the execution's are already loaded
            DelegateExecution execution = task.getExecution();
            Set<Role> roles = ProjectNotices.candidateRoles(task.getCandidates());
            if (roles.contains(Role.CARRIER) && execution.getVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE) != null) {
                return; // a completion request opened it: the request told the carrier, with its message
            }
            notices.tellHolders(Notice.Kind.TASK_AVAILABLE, project, roles, Optional.ofNullable(task.getAssignee()),
                    execution.getVariable(SchoolOpeningProcess.VAR_CARRIER), task.getName(), task.getDueDate());
        } else if (givenBySomeoneElse(task)) {
            notices.tell(Notice.Kind.TASK_ASSIGNED, project, Set.of(), Optional.of(task.getAssignee()), task.getName(),
                    task.getDueDate());
        }
    }

    /**
     * Whether a person (the engine command's authenticated user) gave the task to another one. Taking a task
     * (claim: the taker is the actor) and completing it (the assignee is set with no actor) tell nobody.
     */
    private static boolean givenBySomeoneElse(DelegateTask task) {
        Authentication actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return task.getAssignee() != null && actor != null && actor.getUserId() != null
                && !actor.getUserId().equals(task.getAssignee());
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import java.util.Collection;
import java.util.Optional;

/**
 * Offers a project's staff tasks to its officer first: when a user task whose candidate group is staff opens in an
 * instance that knows its officer ({@link SchoolOpeningProcess#VAR_OFFICER}), the officer becomes a candidate user
 * beside the group, so the task is in the officer's "mine" and still in every staff member's "all". Added to every
 * user task of every process as a BPMN parse listener (nothing drawn in the BPMNs, no name restated in Java), before
 * {@link TaskNotices}.
 */
@ApplicationScoped
public class TaskRouting extends AbstractBpmnParseListener implements TaskListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, this);
    }

    @Override
    public void notify(DelegateTask task) {
        if (forStaff(task.getCandidates()) && task.getVariable(SchoolOpeningProcess.VAR_OFFICER) instanceof String officer) {
            task.addCandidateUser(officer);
        }
    }

    /** The instance's open staff tasks offered to the previous officer are offered to the new one instead. */
    static void moveOpenTasks(TaskService taskService, String processInstance, Optional<String> previous, String officer) {
        taskService.createTaskQuery().processInstanceId(processInstance).taskCandidateGroup(Role.STAFF.group())
                .list().forEach(task -> {
                    previous.ifPresent(earlier -> taskService.deleteCandidateUser(task.getId(), earlier));
                    taskService.addCandidateUser(task.getId(), officer);
                });
    }

    private static boolean forStaff(Collection<? extends IdentityLink> candidates) {
        return candidates.stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && Role.STAFF.group().equals(link.getGroupId()));
    }
}

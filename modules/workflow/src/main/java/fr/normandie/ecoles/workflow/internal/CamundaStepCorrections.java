package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.workflow.NotAnOpeningStepException;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.StepAlreadyOpenException;
import fr.normandie.ecoles.workflow.StepCorrections;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;

import java.util.Arrays;

/**
 * Reopens a step through the engine's process instance modification: the step is started again before the
 * activities running now are cancelled (the other way round the instance, left with nothing to do, would end),
 * in the administrator's name and with the reason as the modification's annotation. Every refusal comes before
 * anything is written, and the project's record of the reopening and the engine's move share one transaction.
 */
@ApplicationScoped
public class CamundaStepCorrections implements StepCorrections {

    @Inject
    Projects projects;

    @Inject
    Steps steps;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RuntimeReads runtime;

    @Inject
    EngineUser engineUser;

    @Inject
    ProjectLifecycle lifecycle;

    @Override
    @Transactional
    public ProjectView reopen(ProjectId project, String stepKey, String reason, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new StepForbiddenException("Seul un administrateur peut rouvrir une étape terminée.");
        }
        Step step = steps.ofKey(stepKey == null ? "" : stepKey).filter(s -> s.process() == Step.Process.OPENING)
                .orElseThrow(() -> new NotAnOpeningStepException(stepKey));
        projects.requireInProgress(project);
        String instance = runtime.openingInstance(project)
                .orElseThrow(() -> new IllegalStateException("No opening process runs for project " + project));
        ActivityInstance[] running = runtimeService.getActivityInstance(instance).getChildActivityInstances();
        if (Arrays.stream(running).anyMatch(activity -> activity.getActivityId().equals(step.activityId()))) {
            throw new StepAlreadyOpenException(step.label());
        }
        projects.reopenStep(project, step.key(), reason, caller);
        ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(instance)
                .startBeforeActivity(step.activityId());
        Arrays.stream(running).forEach(activity -> modification.cancelActivityInstance(activity.getId()));
        engineUser.as(caller, () -> modification.setAnnotation(reason.strip()).execute());
        return lifecycle.find(project).orElseThrow();
    }
}

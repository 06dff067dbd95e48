package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.funding.Grant;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantStep;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.workflow.GrantProcess;
import fr.normandie.ecoles.workflow.GrantView;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grant's process on the engine, keyed by the grant's id. The caller's role (the task's candidate group) and
 * the step are checked before the grant's step records anything; the grants check the caller again at their door.
 */
@ApplicationScoped
public class CamundaGrantProcess implements GrantProcess {

    @Inject
    Grants grants;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    Steps steps;

    @Override
    @Transactional
    public GrantView request(Caller caller, GrantRequestForm form) {
        Grant grant = grants.request(caller, form);
        runtimeService.startProcessInstanceByKey(SchoolGrantProcess.KEY, grant.id());
        return view(grant);
    }

    @Override
    public GrantView find(GrantId id) {
        return view(grants.find(id));
    }

    @Override
    @Transactional
    public GrantView complete(Caller caller, GrantId id, String stepKey, Function<Step, ?> formOfStep) {
        Grant before = grants.find(id);
        Task task = openTask(before.id()).orElseThrow(() -> new TaskConflictException(
                "Cette subvention n'attend plus aucune étape."));
        Step step = step(task);
        if (!step.key().equals(stepKey)) {
            throw new TaskConflictException("Cette subvention n'est pas à l'étape « " + stepKey + " » mais à l'étape « "
                    + step.label() + " ». Rien n'a été enregistré.");
        }
        if (!caller.has(step.role())) {
            throw new StepForbiddenException("L'étape « " + step.label() + " » est réservée au rôle "
                    + step.role().group() + ".");
        }
        String outcome = record((GrantStep<?, ?>) step.handler(), caller, id, formOfStep.apply(step)).name();
        try {
            taskService.setAssignee(task.getId(), caller.name());
            taskService.complete(task.getId(), Map.of(step.outcomeVariable(), outcome));
        } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
            throw new TaskConflictException("L'étape a été traitée par quelqu'un d'autre entre-temps : rien n'a été "
                    + "enregistré.");
        }
        return view(grants.find(id));
    }

    private static <F> Enum<?> record(GrantStep<F, ?> handler, Caller caller, GrantId grant, Object form) {
        if (!handler.formType().isInstance(form)) {
            throw new IllegalArgumentException("Le formulaire ne correspond pas à l'étape " + handler.key() + ".");
        }
        return handler.record(caller, grant, handler.formType().cast(form));
    }

    private GrantView view(Grant grant) {
        return openTask(grant.id()).map(this::step).map(step -> new GrantView(grant, step.key(), step.label()))
                .orElseGet(() -> new GrantView(grant, null, null));
    }

    private Optional<Task> openTask(String grantId) {
        return taskService.createTaskQuery().processDefinitionKey(SchoolGrantProcess.KEY)
                .processInstanceBusinessKey(grantId).list().stream().findFirst();
    }

    private Step step(Task task) {
        return steps.ofActivity(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Unknown step " + task.getTaskDefinitionKey()));
    }
}

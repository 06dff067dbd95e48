package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of the processes the engine deployed, joined to the handlers the modules declare (found through CDI),
 * read once when the engine starts and checked by {@link StepContract}.
 */
@ApplicationScoped
public class DeployedSteps implements Steps {

    @Inject
    @Any
    Instance<StepHandler<?, ?>> handlers;

    private volatile List<Step> steps;

    /** @throws StepContractBrokenException when a task lacks its handler or a handler its task or outcome */
    void load(ProcessEngine engine) {
        load(engine, handlers.stream().toList());
    }

    /** Joins the engine's latest process definitions to the given handlers. */
    void load(ProcessEngine engine, List<? extends StepHandler<?, ?>> handlers) {
        RepositoryService repository = engine.getRepositoryService();
        Map<Step.Process, BpmnModelInstance> models = new LinkedHashMap<>();
        for (Step.Process process : Step.Process.values()) {
            String definition = repository.createProcessDefinitionQuery().processDefinitionKey(process.key())
                    .latestVersion().singleResult().getId();
            models.put(process, repository.getBpmnModelInstance(definition));
        }
        steps = StepContract.steps(models, handlers);
    }

    @Override
    public List<Step> all() {
        if (steps == null) {
            throw new IllegalStateException("The process engine has not been started yet");
        }
        return steps;
    }

    @Override
    public List<Step> of(Step.Process process) {
        return all().stream().filter(step -> step.process() == process).toList();
    }

    @Override
    public Optional<Step> ofKey(String key) {
        return all().stream().filter(step -> step.key().equals(key)).findFirst();
    }

    @Override
    public Optional<Step> ofActivity(String activityId) {
        return all().stream().filter(step -> step.activityId().equals(activityId)).findFirst();
    }
}

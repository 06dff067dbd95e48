package fr.normandie.ecoles.workflow;

import java.util.List;
import java.util.Optional;

/**
 * The steps of the deployed processes, in the order of their processes and of their tasks in the BPMN: read
 * once when the engine starts, after checking that every user task has exactly one handler whose outcome
 * holds every value the process's conditions test (else the application does not start).
 */
public interface Steps {

    List<Step> all();

    List<Step> of(Step.Process process);

    Optional<Step> ofKey(String key);

    Optional<Step> ofActivity(String activityId);
}

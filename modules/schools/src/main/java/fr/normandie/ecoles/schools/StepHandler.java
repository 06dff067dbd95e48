package fr.normandie.ecoles.schools;

/**
 * A step that people carry, as the module that owns its data declares it: the contract between a user task of a
 * BPMN process and the module that stores what the task's form says. The workflow module finds every handler
 * through CDI and checks at start-up that each user task of each deployed process has exactly one, whose outcome
 * holds every value the process's conditions test; the task's display name and role stay in the BPMN.
 *
 * <p>It lives in the schools API because every module that owns a step sees it (audits and funding depend on
 * schools, never on workflow) and because a step is always a step of a school project ({@link ProjectId}); it
 * names nothing of the engine.
 *
 * @param <F> the step's form, read from the request body or built by the step's page
 * @param <O> the step's outcome: its constants' names are the values the BPMN's conditions compare
 */
public interface StepHandler<F, O extends Enum<O>> {

    /** The step's key: the {@code camunda:formKey} of its user task, the name of its page template. */
    String key();

    Class<F> formType();

    Class<O> outcomeType();

    /** The process variable that carries the outcome, the one the conditions after the task read. */
    String outcomeVariable();

    /**
     * Validates and stores the form in the caller's transaction; a refusal throws and nothing is stored.
     * The caller has already checked the caller's right and the project's state.
     */
    O record(ProjectId project, F form, String recordedBy);
}

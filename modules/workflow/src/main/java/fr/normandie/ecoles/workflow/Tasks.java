package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;

import fr.normandie.ecoles.schools.Attachment;

import java.util.List;
import java.util.function.Function;

/** The task facade: what a person may work on, and the claim / release / complete of a step. */
public interface Tasks {

    /**
     * The open tasks the caller may work on (unassigned ones of the caller's roles, and those assigned to
     * the caller), the soonest due first, narrowed by the filter.
     */
    List<TaskView> list(Caller caller, TaskFilter filter, int first, int max);

    void claim(String taskId, Caller caller);

    void unclaim(String taskId, Caller caller);

    /**
     * Validates and stores the step's form through the module that owns it, and completes the task, in
     * one transaction: both happen or neither does.
     */
    default ProjectView complete(String taskId, Caller caller, Object form) {
        return complete(taskId, caller, step -> form, List.of());
    }

    /**
     * As {@link #complete(String, Caller, Object)}, for a form that can only be read once its step is known
     * (the body of a request naming only the task): the task is read, the caller's role checked, then
     * {@code formOfStep} reads the form for that step; it may refuse it by throwing, and nothing is stored.
     * The attached documents are stored with the step's key in the same transaction: if the form is refused,
     * a document refused or the task taken meanwhile, nothing at all is stored.
     */
    ProjectView complete(String taskId, Caller caller, Function<Step, ?> formOfStep, List<Attachment> attachments);
}

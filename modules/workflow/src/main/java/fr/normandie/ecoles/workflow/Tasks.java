package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.schools.Attachment;

import java.util.List;

/** The task facade: what a person may work on, and the claim / release / complete of a step. */
public interface Tasks {

    /**
     * The open tasks the caller may work on (unassigned ones of the caller's roles, and those assigned to
     * the caller), the soonest due first, narrowed by the filter.
     */
    List<TaskView> list(Caller caller, TaskFilter filter, int first, int max);

    /** The step of an open task, so that its form can be read. */
    Step stepOf(String taskId);

    void claim(String taskId, Caller caller);

    void unclaim(String taskId, Caller caller);

    /**
     * Validates and stores the step's form through the module that owns it, and completes the task, in
     * one transaction: both happen or neither does.
     */
    ProjectView complete(String taskId, Caller caller, Object form);

    /**
     * As {@link #complete(String, Caller, Object)}, and stores the attached documents with the step's key in
     * the same transaction: if the form is refused, a document refused or the task taken meanwhile, nothing
     * at all is stored.
     */
    ProjectView complete(String taskId, Caller caller, Object form, List<Attachment> attachments);
}

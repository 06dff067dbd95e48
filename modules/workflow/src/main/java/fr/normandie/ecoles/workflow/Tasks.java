package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;

import fr.normandie.ecoles.schools.Attachment;

import java.util.List;
import java.util.function.Function;

/** The task facade: what a person may work on, and the claim / release / complete of a step. */
public interface Tasks {

    /**
     * The open tasks the caller may work on (unassigned ones of the caller's roles, those offered to the caller
     * by name and those assigned to the caller, the people the caller stands in for today counting as the caller),
     * the soonest due first, narrowed by the filter and its scope.
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

    /**
     * Hands an open task to a named colleague who holds its role, with a message: the task becomes theirs, they are
     * told (a {@code TASK_HANDED_OVER} notice) and the hand-over is on the project's timeline, in one transaction.
     * Refused before anything is written: a caller without the step's role (403), a task taken by someone else whom
     * the caller does not stand in for, or already done (409), an unknown colleague, one without the role, or no
     * message (422 on {@code colleague} or {@code message}).
     */
    void handOver(String taskId, HandOver handOver, Caller caller);

    /**
     * Staff holding a step whose file the carrier submitted online ask the carrier to complete it: the request is
     * on the project's timeline, the carrier is told ({@code COMPLETION_REQUESTED}) and the process takes the step
     * back to the carrier's submission, due on the deadline, in one transaction (issue 16). Refused before anything
     * is written: a caller without the step's role (403); a task done, taken by someone else, or a project whose
     * carrier does not file online or whose step takes no completion request (409); no message, or a deadline
     * missing or past (422 on {@code message} / {@code deadline}).
     */
    void requestCompletion(String taskId, CompletionAsked request, Caller caller);

    /** Whether staff may send this task's file back to the project's carrier (the page shows the form then). */
    boolean takesCompletionRequest(String taskId, Caller caller);
}

package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Conflict;

/** The task cannot be acted on as asked: someone else completed or claimed it meanwhile. */
public class TaskConflictException extends Conflict {
    public TaskConflictException(String message) {
        super(message);
    }
}

package fr.normandie.ecoles.workflow;

/** The task cannot be acted on as asked: someone else completed or claimed it meanwhile. */
public class TaskConflictException extends RuntimeException {
    public TaskConflictException(String message) {
        super(message);
    }
}

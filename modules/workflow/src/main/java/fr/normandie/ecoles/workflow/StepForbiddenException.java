package fr.normandie.ecoles.workflow;

/** The caller's roles do not allow this action on this step. */
public class StepForbiddenException extends RuntimeException {
    public StepForbiddenException(String message) {
        super(message);
    }
}

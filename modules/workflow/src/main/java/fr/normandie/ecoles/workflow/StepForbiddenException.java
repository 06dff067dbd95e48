package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Forbidden;

/** The caller's roles do not allow this action on this step. */
public class StepForbiddenException extends Forbidden {
    public StepForbiddenException(String message) {
        super(message);
    }
}

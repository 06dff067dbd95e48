package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Conflict;

/** The step to reopen is open now: it is to be done, there is nothing to reopen. */
public class StepAlreadyOpenException extends Conflict {
    public StepAlreadyOpenException(String stepLabel) {
        super("step", "L'étape « " + stepLabel + " » est déjà ouverte : il n'y a rien à rouvrir.");
    }
}

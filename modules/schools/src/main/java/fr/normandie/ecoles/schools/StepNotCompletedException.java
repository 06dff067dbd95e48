package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** A step can be reopened only once it has been completed for the project: there is nothing to correct yet. */
public class StepNotCompletedException extends Conflict {
    public StepNotCompletedException() {
        super("step", "Cette étape n'a jamais été terminée pour ce projet : il n'y a rien à rouvrir.");
    }
}

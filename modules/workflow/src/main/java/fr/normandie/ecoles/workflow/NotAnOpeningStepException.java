package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Rejected;

/** The step named is no step of a project's opening (a re-audit belongs to the school's label, not to its opening). */
public class NotAnOpeningStepException extends Rejected {
    public NotAnOpeningStepException(String step) {
        super("step", "« " + step + " » n'est pas une étape de l'ouverture d'une école : seules celles-ci peuvent être "
                + "rouvertes.");
    }
}

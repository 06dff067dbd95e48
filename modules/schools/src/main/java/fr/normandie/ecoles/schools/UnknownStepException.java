package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.NotFound;

/** No step of the processes has this key. */
public class UnknownStepException extends NotFound {

    public UnknownStepException(String key) {
        super("Aucune étape n'a la clé « " + key + " ».");
    }
}

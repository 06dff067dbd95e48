package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Rejected;

/** One field of a request is wrong, found by a rule that Bean Validation does not express. */
public class InvalidInputException extends Rejected {

    public InvalidInputException(String field, String message) {
        super(field, message);
    }
}

package fr.normandie.ecoles.schools;

/** One field of a request is wrong, found by a rule that Bean Validation does not express. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The path of the field in the request body. */
    public String field() {
        return field;
    }
}

package fr.normandie.ecoles.app.problems;

import java.util.List;

/**
 * A request refused as it is read, before anything runs: not JSON, trailing content, invalid UTF-8, a value
 * of the wrong type or outside the bounds of any input (400), a body too large (413), a missing or wrong
 * content type (415). Carries its problem detail, with one entry per field when fields are at fault.
 */
public class UnreadableRequestException extends RuntimeException {

    private final transient Problem problem;

    public UnreadableRequestException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null
                : List.copyOf(errors));
    }

    public Problem problem() {
        return problem;
    }
}

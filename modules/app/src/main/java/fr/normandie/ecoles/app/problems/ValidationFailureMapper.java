package fr.normandie.ecoles.app.problems;

import jakarta.annotation.Priority;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A validator that failed rather than refused ({@code HV000028: Unexpected exception during isValid call},
 * a constraint that reads the database while it is out of reach): a problem detail instead of Jersey's own
 * answer, which is a 500 whose body is the validator's internal message. Invalid input keeps its own mapper
 * ({@link ConstraintViolationMapper}, a more specific type).
 */
@Provider
@Priority(1)
public class ValidationFailureMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        return new ProblemMapper().problem(exception).toResponse();
    }
}

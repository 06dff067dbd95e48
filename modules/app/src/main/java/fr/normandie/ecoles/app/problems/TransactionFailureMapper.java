package fr.normandie.ecoles.app.problems;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that could not commit, as a problem detail. Takes precedence over Jersey's own mapper
 * for this exception, which answers a bare 500 page.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        return new ProblemMapper().problem(exception).toResponse();
    }
}

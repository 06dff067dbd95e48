package fr.normandie.ecoles.app.problems;

import fr.normandie.ecoles.kernel.Refusal;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;


import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every other failure as a problem detail with the status HTTP gives it. Unexpected ones are logged and
 * answered 500 without any internal detail.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String MEANWHILE = "L'enregistrement a été refusé par la base de données (une autre "
            + "modification est passée entre-temps) : rien n'a été enregistré. Rechargez et recommencez.";

    @Override
    public Response toResponse(Throwable exception) {
        return problem(exception).toResponse();
    }

    Problem problem(Throwable exception) {
        if (DatabaseOutage.among(exception)) {
            LOG.warning(() -> "Base de données injoignable : " + rootMessage(exception));
            return DatabaseOutage.problem();
        }
        if (changedMeanwhile(exception)) {
            return Problem.of(409, "Conflit", MEANWHILE);
        }
        if (exception instanceof EJBException || exception instanceof TransactionalException) {
            if (exception.getCause() != null && !(exception.getCause() instanceof jakarta.transaction.RollbackException)) {
                return problem(exception.getCause());
            }
            return Problem.of(409, "Conflit", MEANWHILE);
        }
        if (exception instanceof UnreadableRequestException unreadable) {
            return unreadable.problem();
        }
        if (exception instanceof ConstraintViolationException violations) {
            return new ConstraintViolationMapper().problemOf(violations);
        }
        if (exception instanceof Refusal refusal) {
            return RefusalProblems.of(refusal);
        }
        if (exception instanceof JsonbException || exception instanceof ProcessingException) {
            return Problem.of(400, "Requête illisible", "Le corps de la requête n'est pas un JSON valide "
                    + "pour ce formulaire (valeur inconnue, type ou format incorrect) : " + rootMessage(exception));
        }
        if (exception instanceof IllegalArgumentException) {
            return Problem.of(400, "Requête incorrecte", exception.getMessage());
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), frenchDetail(status));
        }
        LOG.log(Level.SEVERE, "Unexpected failure", exception);
        return Problem.of(500, "Erreur interne", "Une erreur inattendue est survenue ; rien n'a été enregistré.");
    }

    /**
     * A record changed by someone else since this request read it, found by JPA wherever it flushed (at commit, or
     * earlier: a query inside an engine listener flushes the step's writes).
     */
    private static boolean changedMeanwhile(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull, Throwable::getCause).limit(20)
                .anyMatch(OptimisticLockException.class::isInstance);
    }

    static String frenchDetail(int status) {
        return switch (status) {
            case 404 -> "Cette adresse ne correspond à aucune ressource.";
            case 405 -> "Cette méthode n'est pas acceptée sur cette adresse.";
            case 406 -> "Ce format de réponse n'est pas disponible.";
            case 400 -> "La requête est mal formée.";
            case 413 -> "La requête est trop volumineuse.";
            case 415 -> "Envoyez le corps de la requête en JSON (Content-Type: application/json), ou en "
                    + "multipart/form-data là où des documents sont joints.";
            case 401 -> "Connectez-vous pour accéder à l'application.";
            case 403 -> "Accès refusé.";
            default -> "La requête n'a pas pu être traitée.";
        };
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}

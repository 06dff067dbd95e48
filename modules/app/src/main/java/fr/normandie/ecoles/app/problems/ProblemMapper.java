package fr.normandie.ecoles.app.problems;

import java.util.List;
import fr.normandie.ecoles.audits.AuditRejectedException;
import fr.normandie.ecoles.audits.CatalogueConflictException;
import fr.normandie.ecoles.audits.UnknownAuditException;
import fr.normandie.ecoles.audits.UnknownCatalogueVersionException;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.UnknownEnvelopeException;
import fr.normandie.ecoles.funding.UnknownSubsidyException;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.app.security.AccountExistsException;
import fr.normandie.ecoles.schools.DocumentTooLargeException;
import fr.normandie.ecoles.schools.DuplicateSchoolException;
import fr.normandie.ecoles.schools.ProjectNotInProgressException;
import fr.normandie.ecoles.schools.UnknownDocumentException;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.schools.UnsupportedDocumentException;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import fr.normandie.ecoles.workflow.TaskConflictException;
import fr.normandie.ecoles.workflow.TaskNotFoundException;
import fr.normandie.ecoles.workflow.UnknownJobException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other failure as a problem detail with the status HTTP gives it. Unexpected ones are logged and
 * answered 500 without any internal detail.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        return problem(exception).toResponse();
    }

    Problem problem(Throwable exception) {
        if (DatabaseOutage.among(exception)) {
            LOG.warning(() -> "Base de données injoignable : " + rootMessage(exception));
            return DatabaseOutage.problem();
        }
        if (exception instanceof EJBException || exception instanceof TransactionalException) {
            if (exception.getCause() != null && !(exception.getCause() instanceof jakarta.transaction.RollbackException)) {
                return problem(exception.getCause());
            }
            return Problem.of(409, "Conflit", "L'enregistrement a été refusé par la base de données (une autre "
                    + "modification est passée entre-temps) : rien n'a été enregistré. Rechargez et recommencez.");
        }
        if (exception instanceof UnreadableRequestException unreadable) {
            return unreadable.problem();
        }
        if (exception instanceof ConstraintViolationException violations) {
            return new ConstraintViolationMapper().problemOf(violations);
        }
        if (exception instanceof InvalidInputException invalid) {
            return new Problem("about:blank", "Données invalides", 422, "La demande contient 1 erreur : rien n'a "
                    + "été enregistré.", List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
        }
        if (exception instanceof AuditRejectedException rejected) {
            List<Problem.FieldError> errors = rejected.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            return new Problem("about:blank", "Audit non conforme aux règles du label", 422, "L'audit contient "
                    + errors.size() + " erreur(s) : rien n'a été enregistré.", errors);
        }
        if (exception instanceof DocumentTooLargeException) {
            return documentRefused(413, "Document trop volumineux", exception);
        }
        if (exception instanceof UnsupportedDocumentException) {
            return documentRefused(415, "Type de document refusé", exception);
        }
        if (exception instanceof UnknownProjectException || exception instanceof TaskNotFoundException
                || exception instanceof UnknownSchoolException || exception instanceof UnknownDocumentException
                || exception instanceof UnknownAuditException || exception instanceof UnknownCatalogueVersionException
                || exception instanceof UnknownEnvelopeException || exception instanceof UnknownSubsidyException) {
            return Problem.of(404, "Introuvable", exception.getMessage());
        }
        if (exception instanceof UnknownJobException) {
            return Problem.of(404, "Introuvable", exception.getMessage());
        }
        if (exception instanceof StepForbiddenException) {
            return Problem.of(403, "Accès refusé", exception.getMessage());
        }
        if (exception instanceof TaskConflictException || exception instanceof ProjectNotInProgressException
                || exception instanceof DuplicateSchoolException || exception instanceof AccountExistsException
                || exception instanceof CatalogueConflictException || exception instanceof FundingConflictException) {
            return Problem.of(409, "Conflit", exception.getMessage());
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

    /** A refused document is reported on the request's {@code file} field, like any invalid field. */
    private static Problem documentRefused(int status, String title, Throwable exception) {
        return new Problem("about:blank", title, status, exception.getMessage(),
                List.of(new Problem.FieldError("file", exception.getMessage())));
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

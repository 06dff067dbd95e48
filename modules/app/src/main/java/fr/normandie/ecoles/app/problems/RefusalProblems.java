package fr.normandie.ecoles.app.problems;

import fr.normandie.ecoles.kernel.Conflict;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.NotFound;
import fr.normandie.ecoles.kernel.Refusal;
import fr.normandie.ecoles.kernel.Rejected;

import java.util.List;

/**
 * A module's refusal as a problem detail: one branch per kind of the kernel's refusal hierarchy, so that a
 * module's new exception needs no edit here.
 */
final class RefusalProblems {

    private RefusalProblems() {
    }

    static Problem of(Refusal refusal) {
        if (refusal instanceof Rejected rejected) {
            return rejected(rejected);
        }
        if (refusal instanceof NotFound) {
            return Problem.of(404, "Introuvable", refusal.getMessage());
        }
        if (refusal instanceof Conflict) {
            return Problem.of(409, "Conflit", refusal.getMessage());
        }
        if (refusal instanceof Forbidden) {
            return Problem.of(403, "Accès refusé", refusal.getMessage());
        }
        throw new IllegalStateException("A refusal of no known kind: " + refusal.getClass().getName());
    }

    /** 422 with one error per field; a document refused whole for its size (413) or its type (415) says only why. */
    private static Problem rejected(Rejected rejected) {
        List<Problem.FieldError> errors = rejected.reasons().stream()
                .map(reason -> new Problem.FieldError(reason.field(), reason.message())).toList();
        return switch (rejected.kind()) {
            case TOO_LARGE -> new Problem("about:blank", rejected.title(), 413, rejected.getMessage(), errors);
            case UNSUPPORTED_TYPE -> new Problem("about:blank", rejected.title(), 415, rejected.getMessage(), errors);
            case INVALID -> new Problem("about:blank", rejected.title(), 422, "La demande contient " + errors.size()
                    + " erreur(s) : rien n'a été enregistré.", errors);
        };
    }
}

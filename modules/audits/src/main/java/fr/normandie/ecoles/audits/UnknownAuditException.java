package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.NotFound;

/** No audit has this id. */
public class UnknownAuditException extends NotFound {
    public UnknownAuditException(String id) {
        super("Aucun audit n'a l'identifiant " + id + ".");
    }
}

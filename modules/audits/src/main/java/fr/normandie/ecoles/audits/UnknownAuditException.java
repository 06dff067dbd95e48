package fr.normandie.ecoles.audits;

/** No audit has this id. */
public class UnknownAuditException extends RuntimeException {
    public UnknownAuditException(String id) {
        super("Aucun audit n'a l'identifiant " + id + ".");
    }
}

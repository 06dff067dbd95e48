package fr.normandie.ecoles.schools;

/** No project has this id. */
public class UnknownProjectException extends RuntimeException {
    public UnknownProjectException(String id) {
        super("Aucun projet n'a l'identifiant " + id + ".");
    }
}

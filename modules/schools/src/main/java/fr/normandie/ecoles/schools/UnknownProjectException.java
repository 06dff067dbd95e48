package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.NotFound;

/** No project has this id. */
public class UnknownProjectException extends NotFound {
    public UnknownProjectException(String id) {
        super("Aucun projet n'a l'identifiant " + id + ".");
    }
}

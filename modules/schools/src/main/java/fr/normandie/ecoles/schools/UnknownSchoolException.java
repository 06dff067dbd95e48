package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.NotFound;

/** No school has this id. */
public class UnknownSchoolException extends NotFound {
    public UnknownSchoolException(String id) {
        super("Aucune école n'a l'identifiant " + id + ".");
    }
}

package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.NotFound;

/** No grant has this id. */
public class UnknownGrantException extends NotFound {
    public UnknownGrantException(String id) {
        super("Aucune subvention n'a l'identifiant " + id + ".");
    }
}

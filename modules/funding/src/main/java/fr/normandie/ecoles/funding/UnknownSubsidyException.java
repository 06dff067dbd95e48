package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.NotFound;

/** No subsidy decision has this id. */
public class UnknownSubsidyException extends NotFound {
    public UnknownSubsidyException(String id) {
        super("Aucune décision de subvention n'a l'identifiant " + id + ".");
    }
}

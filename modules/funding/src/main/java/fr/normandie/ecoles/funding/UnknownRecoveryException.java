package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.NotFound;

/** No recovery order has this id. */
public class UnknownRecoveryException extends NotFound {
    public UnknownRecoveryException(String id) {
        super("Aucun titre de recette n'a l'identifiant " + id + ".");
    }
}

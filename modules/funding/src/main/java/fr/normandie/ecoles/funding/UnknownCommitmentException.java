package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.NotFound;

/** No commitment has this id. */
public class UnknownCommitmentException extends NotFound {
    public UnknownCommitmentException(String id) {
        super("Aucun engagement n'a l'identifiant " + id + ".");
    }
}

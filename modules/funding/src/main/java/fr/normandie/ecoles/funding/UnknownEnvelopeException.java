package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.NotFound;

/** No envelope is open for this budget year. */
public class UnknownEnvelopeException extends NotFound {
    public UnknownEnvelopeException(int year) {
        super("envelopeYear", "Aucune enveloppe n'est ouverte pour l'année " + year + ".");
    }
}

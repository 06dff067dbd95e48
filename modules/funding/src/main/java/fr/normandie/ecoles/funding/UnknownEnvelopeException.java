package fr.normandie.ecoles.funding;

/** No envelope is open for this budget year. */
public class UnknownEnvelopeException extends RuntimeException {
    public UnknownEnvelopeException(int year) {
        super("Aucune enveloppe n'est ouverte pour l'année " + year + ".");
    }
}

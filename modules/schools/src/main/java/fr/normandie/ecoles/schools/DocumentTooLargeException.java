package fr.normandie.ecoles.schools;

/** A document larger than the configured limit: refused, nothing stored. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(String fileName, long maxSize) {
        super("Le document « " + fileName + " » dépasse la taille maximale de " + FileSize.inFrench(maxSize)
                + " : rien n'a été enregistré.");
    }

    /** For a refusal worded otherwise: a request refused whole before its documents are read. */
    protected DocumentTooLargeException(String message) {
        super(message);
    }
}

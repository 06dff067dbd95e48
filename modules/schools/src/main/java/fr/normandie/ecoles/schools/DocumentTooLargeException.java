package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;

import java.util.List;

/** A document larger than the configured limit: refused, nothing stored. */
public class DocumentTooLargeException extends Rejected {

    public DocumentTooLargeException(String fileName, long maxSize) {
        this("Le document « " + fileName + " » dépasse la taille maximale de " + FileSize.inFrench(maxSize)
                + " : rien n'a été enregistré.");
    }

    /** For a refusal worded otherwise: a request refused whole before its documents are read. */
    protected DocumentTooLargeException(String message) {
        super(Kind.TOO_LARGE, "Document trop volumineux", List.of(new FieldReason("file", message)));
    }
}

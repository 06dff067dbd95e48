package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;

import java.util.List;

/** A document whose content is of no accepted type, whatever its name says: refused, nothing stored. */
public class UnsupportedDocumentException extends Rejected {

    public UnsupportedDocumentException(String fileName) {
        this(fileName, "n'est pas celui d'un type accepté (PDF, image PNG ou JPEG, document Word, Excel ou "
                + "OpenDocument), quel que soit son nom", "Le contenu du document « ");
    }

    private UnsupportedDocumentException(String fileName, String why, String opening) {
        super(Kind.UNSUPPORTED_TYPE, "Type de document refusé", List.of(new FieldReason("file",
                opening + fileName + " » " + why + " : rien n'a été enregistré.")));
    }

    /** An archive (an office file or what claims to be one) that inflates out of all proportion. */
    public static UnsupportedDocumentException expandsTooMuch(String fileName) {
        return new UnsupportedDocumentException(fileName, "est une archive dont le contenu décompressé est démesuré "
                + "(bombe de décompression)", "Le document « ");
    }
}

package fr.normandie.ecoles.schools;

/** A document whose content is of no accepted type, whatever its name says: refused, nothing stored. */
public class UnsupportedDocumentException extends RuntimeException {

    public UnsupportedDocumentException(String fileName) {
        super("Le contenu du document « " + fileName + " » n'est pas celui d'un type accepté (PDF, image PNG ou "
                + "JPEG, document Word, Excel ou OpenDocument), quel que soit son nom : rien n'a été enregistré.");
    }

    private UnsupportedDocumentException(String fileName, String why) {
        super("Le document « " + fileName + " » " + why + " : rien n'a été enregistré.");
    }

    /** An archive (an office file or what claims to be one) that inflates out of all proportion. */
    public static UnsupportedDocumentException expandsTooMuch(String fileName) {
        return new UnsupportedDocumentException(fileName, "est une archive dont le contenu décompressé est "
                + "démesuré (bombe de décompression)");
    }
}

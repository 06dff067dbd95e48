package fr.normandie.ecoles.schools;

/** A document whose content is of no accepted type, whatever its name says: refused, nothing stored. */
public class UnsupportedDocumentException extends RuntimeException {

    public UnsupportedDocumentException(String fileName) {
        super("Le contenu du document « " + fileName + " » n'est pas celui d'un type accepté (PDF, image PNG ou "
                + "JPEG, document Word, Excel ou OpenDocument), quel que soit son nom : rien n'a été enregistré.");
    }
}

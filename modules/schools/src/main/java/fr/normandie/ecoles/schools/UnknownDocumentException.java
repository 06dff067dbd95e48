package fr.normandie.ecoles.schools;

/** The project has no document with this id. */
public class UnknownDocumentException extends RuntimeException {

    public UnknownDocumentException(ProjectId project, String documentId) {
        super("Le projet " + project + " n'a aucun document d'identifiant " + documentId + ".");
    }
}

package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.NotFound;

/** The project has no document with this id. */
public class UnknownDocumentException extends NotFound {

    public UnknownDocumentException(ProjectId project, String documentId) {
        super("Le projet " + project + " n'a aucun document d'identifiant " + documentId + ".");
    }
}

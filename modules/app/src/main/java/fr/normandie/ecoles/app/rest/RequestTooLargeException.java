package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.DocumentTooLargeException;
import fr.normandie.ecoles.schools.FileSize;

/** A request carrying documents refused whole, as soon as its size is known to pass the limit: 413. */
class RequestTooLargeException extends DocumentTooLargeException {

    RequestTooLargeException(long maxRequestSize, long maxFileSize) {
        super("La requête dépasse la taille maximale de " + FileSize.inFrench(maxRequestSize) + " (documents de "
                + FileSize.inFrench(maxFileSize) + " au plus, formulaire compris) : elle a été refusée sans être lue, "
                + "rien n'a été enregistré.");
    }
}

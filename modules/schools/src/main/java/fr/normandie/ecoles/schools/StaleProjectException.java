package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/**
 * The edit was made on a version of the project that is no longer the current one: someone edited it, or a step
 * moved it, since it was read. Nothing was written; the person reloads the project and edits it again.
 */
public class StaleProjectException extends Conflict {
    public StaleProjectException(long read) {
        super("version", "Le projet a été modifié par quelqu'un d'autre depuis que vous l'avez lu (version " + read
                + ") : rien n'a été enregistré. Rechargez le projet et recommencez.");
    }
}

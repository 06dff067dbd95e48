package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.Conflict;

/** Another version of the catalogue was published meanwhile: nothing was published. */
public class CatalogueConflictException extends Conflict {
    public CatalogueConflictException() {
        super("Une autre version du cahier des charges vient d'être publiée : rien n'a été publié. "
                + "Rechargez le cahier des charges et recommencez.");
    }
}

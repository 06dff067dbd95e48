package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.NotFound;

/** No version of the criteria catalogue has this number. */
public class UnknownCatalogueVersionException extends NotFound {
    public UnknownCatalogueVersionException(int number) {
        super("Aucune version du cahier des charges ne porte le numéro " + number + ".");
    }
}

package fr.normandie.ecoles.audits;

/** No version of the criteria catalogue has this number. */
public class UnknownCatalogueVersionException extends RuntimeException {
    public UnknownCatalogueVersionException(int number) {
        super("Aucune version du cahier des charges ne porte le numéro " + number + ".");
    }
}

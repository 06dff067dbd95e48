package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Conflict;

/** A grant's balance asked before the school's use-of-grant report of that year is validated (issue 16). */
public class UseReportMissingException extends Conflict {
    public UseReportMissingException(int year) {
        super("year", "Le solde ne peut être versé avant la validation du compte rendu d'utilisation de la subvention "
                + "pour l'année " + year + " : l'école le dépose, un chargé de financement le valide. Rien n'a été "
                + "enregistré.");
    }
}

package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Rejected;

/**
 * No budget of that kind is open for that year: an administrator must open it first. The year (or the date)
 * typed is what is wrong, so it is refused on its field (422).
 */
public class UnknownBudgetException extends Rejected {
    public UnknownBudgetException(String field, int year, BudgetKind kind) {
        super(field, "Aucun budget " + (kind == BudgetKind.INVESTMENT ? "d'investissement" : "de fonctionnement")
                + " n'est ouvert pour l'année " + year + " : un administrateur doit l'ouvrir avant d'y engager "
                + "ou d'y payer une subvention.");
    }
}

package fr.normandie.ecoles.funding;

/**
 * The two budgets of a year: investment (equipment, buildings: the section d'investissement) and
 * operating aid (the section de fonctionnement). Each has its own commitment authorisations and
 * payment credits, and its own line in the Region's accounts.
 */
public enum BudgetKind {
    INVESTMENT, OPERATING
}

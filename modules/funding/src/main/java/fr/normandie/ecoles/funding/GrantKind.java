package fr.normandie.ecoles.funding;

/**
 * What a grant pays for. An open school asks for OPERATING (its yearly running costs) or INVESTMENT (equipment,
 * premises); OPENING is the opening process's subsidy decision, kept in the same model.
 */
public enum GrantKind {
    OPERATING, INVESTMENT, OPENING
}

package fr.normandie.ecoles.funding;

/** The balance step's only end: the balance is paid and the grant closed. */
public enum BalanceOutcome {
    BALANCE_PAID
}

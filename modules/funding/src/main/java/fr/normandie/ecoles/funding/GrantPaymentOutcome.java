package fr.normandie.ecoles.funding;

/**
 * After a payment: instalments remain to be paid, or everything but the balance is paid and the school's report
 * on the use of the money (compte rendu financier) is awaited.
 */
public enum GrantPaymentOutcome {
    INSTALMENTS_REMAIN, REPORT_AWAITED
}

package fr.normandie.ecoles.funding;

/**
 * Where a commitment stands: open (payments may be made against it), paid in full, or released (what
 * was left unpaid went back to its year's commitment authorisations; nothing more may be paid).
 */
public enum CommitmentStatus {
    OPEN, PAID, RELEASED
}

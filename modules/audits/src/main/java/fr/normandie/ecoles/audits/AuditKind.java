package fr.normandie.ecoles.audits;

/** Why an audit took place. */
public enum AuditKind {
    /** The audit for the label, during the opening of a school. */
    LABEL("Audit de labellisation"),
    /** Verifies the corrective actions of a conditional outcome and settles it. */
    FOLLOW_UP("Audit de suivi"),
    /** The periodic re-audit of a labelled school. */
    RENEWAL("Audit de renouvellement");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A full inspection gives a verdict on every criterion; a follow-up may look at some only. */
    public boolean isFullInspection() {
        return this != FOLLOW_UP;
    }
}

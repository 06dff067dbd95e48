package fr.normandie.ecoles.audits;

/** Where a school (or school project) stands with the FNEP label. */
public enum LabelState {
    /** No audit recorded yet. */
    NOT_AUDITED("Pas encore audité"),
    LABELLED("Labellisée"),
    /** Labelled subject to corrective actions that a follow-up audit has still to verify. */
    CONDITIONAL("Labellisée sous réserve"),
    /** The re-audit fell due and has not taken place: the label has lapsed until it does. */
    LAPSED("Label échu"),
    /** The last audit refused (or withdrew) the label. */
    REFUSED("Label refusé"),
    /** The auditors withdrew the label outside an audit. */
    WITHDRAWN("Label retiré");

    private final String label;

    LabelState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The school holds the label, lapsed or not: it is re-audited, and the label can be withdrawn. */
    public boolean held() {
        return this == LABELLED || this == CONDITIONAL || this == LAPSED;
    }
}

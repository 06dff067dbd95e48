package fr.normandie.ecoles.audits;

/** The outcome of a label audit. */
public enum LabelOutcome {
    /** The school meets the label's criteria. */
    LABELLED,
    /** Labelled subject to corrective actions, verified by a follow-up audit. */
    CONDITIONAL,
    /** The label is refused. */
    REFUSED
}

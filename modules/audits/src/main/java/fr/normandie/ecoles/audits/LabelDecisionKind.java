package fr.normandie.ecoles.audits;

/** A label decision recorded outside an audit. */
public enum LabelDecisionKind {
    /** The label of a school older than the software, granted by the FNEP before it was in use. */
    GRANTED_BEFORE_SOFTWARE,
    /** The auditors withdrew the label. */
    WITHDRAWN
}

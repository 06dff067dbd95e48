package fr.normandie.ecoles.audits;

/** The outcome of a label audit. */
public enum LabelOutcome {
    /** The school meets the label's criteria. */
    LABELLED("Labellisée"),
    /** Labelled subject to corrective actions, verified by a follow-up audit. */
    CONDITIONAL("Labellisée sous réserve d'actions correctives"),
    /** The label is refused. */
    REFUSED("Label refusé");

    private final String label;

    LabelOutcome(String label) {
        this.label = label;
    }

    /** The outcome in French, as the report prints it. */
    public String label() {
        return label;
    }
}

package fr.normandie.ecoles.audits;

/** How serious a finding is. */
public enum Severity {
    /** Forbids the label until its corrective actions are verified. */
    MAJOR("Non-conformité majeure"),
    MINOR("Non-conformité mineure"),
    /** A remark or a recommendation; not a non-conformity. */
    OBSERVATION("Observation");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isNonConformity() {
        return this != OBSERVATION;
    }
}

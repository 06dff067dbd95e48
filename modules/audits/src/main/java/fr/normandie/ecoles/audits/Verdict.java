package fr.normandie.ecoles.audits;

/** What the auditor found against one criterion. */
public enum Verdict {
    COMPLIANT("Conforme", 2),
    PARTIALLY_COMPLIANT("Partiellement conforme", 1),
    NON_COMPLIANT("Non conforme", 0),
    /** The criterion does not apply to this school; it counts neither for nor against the score. */
    NOT_APPLICABLE("Sans objet", -1);

    private final String label;
    private final int halfPoints;

    Verdict(String label, int halfPoints) {
        this.label = label;
        this.halfPoints = halfPoints;
    }

    /** The verdict in French, as the report prints it. */
    public String label() {
        return label;
    }

    /** Points out of 2 (a partial compliance scores half); negative when the criterion does not count. */
    int halfPoints() {
        return halfPoints;
    }

    boolean counts() {
        return halfPoints >= 0;
    }
}

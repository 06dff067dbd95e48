package fr.normandie.ecoles.audits;

/** Where a corrective action stands. Only an audit verifies an action. */
public enum ActionStatus {
    OPEN("Ouverte"),
    /** The school reports it done; an auditor has still to verify it. */
    DONE("Réalisée, à vérifier"),
    VERIFIED("Vérifiée");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

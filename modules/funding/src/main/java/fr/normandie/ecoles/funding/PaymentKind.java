package fr.normandie.ecoles.funding;

/** The parts in which a subsidy is paid, in French public practice. */
public enum PaymentKind {
    /** Paid on notification; capped to a share of the grant. */
    ADVANCE("Avance"),
    /** Paid as the project progresses. */
    INSTALMENT("Acompte"),
    /** The last payment, released on supporting documents. */
    BALANCE("Solde");

    private final String label;

    PaymentKind(String label) {
        this.label = label;
    }

    /** The kind's name in French. */
    public String label() {
        return label;
    }
}

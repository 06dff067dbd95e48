package fr.normandie.ecoles.kernel;

/** The request is well formed, but what is stored now forbids it (someone else acted meanwhile, a project ended…). */
public non-sealed class Conflict extends Refusal {

    public Conflict(String message) {
        super(message);
    }

    /** @param field the form field holding what conflicts ({@code envelopeYear}), where the page should show it */
    public Conflict(String field, String message) {
        super(field, message);
    }
}

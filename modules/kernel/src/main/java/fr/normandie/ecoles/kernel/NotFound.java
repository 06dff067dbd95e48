package fr.normandie.ecoles.kernel;

/** What the request names (a project, a task, an audit…) does not exist, or not for this caller. */
public non-sealed class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }

    /** @param field the form field holding what was named ({@code envelopeYear}), where the page should show it */
    public NotFound(String field, String message) {
        super(field, message);
    }
}

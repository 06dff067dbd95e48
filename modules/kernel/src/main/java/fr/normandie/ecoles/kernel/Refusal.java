package fr.normandie.ecoles.kernel;

import java.util.Optional;

/**
 * What a module refuses to do, for a reason the caller can act on; nothing was written. There are four
 * kinds and only four, so that the REST problem mapping and the pages' messages each have four branches and
 * a new module exception needs no edit in {@code app}: extend the kind that says what happened.
 * <ul>
 *   <li>{@link NotFound}: what was named does not exist (HTTP 404);</li>
 *   <li>{@link Conflict}: the request is right but the state forbids it now (409);</li>
 *   <li>{@link Rejected}: the request is wrong, field by field (422, or 413/415 for a document);</li>
 *   <li>{@link Forbidden}: the caller has no right to do it (403).</li>
 * </ul>
 * The message is French and is shown to the user as it is.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Conflict, Rejected, Forbidden {

    private final String field;

    protected Refusal(String message) {
        this(null, message);
    }

    /** @param field the form field the refusal is about ({@code envelopeYear}), or null for the request as a whole */
    protected Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, where one is: a page shows the message next to it. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** A refusal is an answer, not a fault: no stack trace to collect. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

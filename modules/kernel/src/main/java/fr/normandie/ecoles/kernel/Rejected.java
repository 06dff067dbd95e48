package fr.normandie.ecoles.kernel;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The request itself is wrong, field by field; each reason names its field so that the page shows it next
 * to the field and the API lists it in the problem's {@code errors}.
 */
public non-sealed class Rejected extends Refusal {

    /** What is wrong with the request as a whole; a document refused for its size or type is its own kind. */
    public enum Kind {
        /** A value breaks a rule (422). */
        INVALID,
        /** A document is larger than allowed (413). */
        TOO_LARGE,
        /** A document's content is of no accepted type (415). */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final String title;
    private final List<FieldReason> reasons;

    /** One field is wrong. */
    public Rejected(String field, String message) {
        this(Kind.INVALID, "Données invalides", List.of(new FieldReason(field, message)));
    }

    /**
     * @param title what the refusal is, in a few words ("Audit non conforme aux règles du label")
     * @param reasons one per wrong field, at least one
     */
    public Rejected(Kind kind, String title, List<FieldReason> reasons) {
        super(firstField(reasons), reasons.stream().map(FieldReason::message).collect(Collectors.joining(" ")));
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.reasons = List.copyOf(reasons);
    }

    private static String firstField(List<FieldReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rejection names at least one field");
        }
        return reasons.get(0).field();
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldReason> reasons() {
        return reasons;
    }
}

package fr.normandie.ecoles.funding;

import java.util.Objects;
import java.util.UUID;

/** The identity of a grant; also the business key of its {@code school-grant} process. */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value, "a grant id has a value");
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID());
    }

    /** Parses the textual form; an unknown or malformed id is reported as an unknown grant. */
    public static GrantId parse(String text) {
        try {
            return new GrantId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownGrantException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

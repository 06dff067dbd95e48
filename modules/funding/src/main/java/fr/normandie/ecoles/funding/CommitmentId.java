package fr.normandie.ecoles.funding;

import java.util.Objects;
import java.util.UUID;

/** The identity of a commitment (engagement) of the Region's budget. */
public record CommitmentId(UUID value) {

    public CommitmentId {
        Objects.requireNonNull(value, "a commitment id has a value");
    }

    public static CommitmentId random() {
        return new CommitmentId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is reported as an unknown commitment. */
    public static CommitmentId parse(String text) {
        try {
            return new CommitmentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownCommitmentException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package fr.normandie.ecoles.schools;

import java.util.Objects;
import java.util.UUID;

/** The identity of a school project; also the business key of its opening process. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "a project id has a value");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    /** Parses the textual form; an unknown or malformed id is reported as an unknown project. */
    public static ProjectId parse(String text) {
        try {
            return new ProjectId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownProjectException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

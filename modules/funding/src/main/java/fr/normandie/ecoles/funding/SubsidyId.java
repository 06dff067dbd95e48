package fr.normandie.ecoles.funding;

import java.util.Objects;
import java.util.UUID;

/** The identity of a subsidy decision. */
public record SubsidyId(UUID value) {

    public SubsidyId {
        Objects.requireNonNull(value, "a subsidy id has a value");
    }

    public static SubsidyId random() {
        return new SubsidyId(UUID.randomUUID());
    }

    /** Parses the textual form; an unknown or malformed id is reported as an unknown subsidy. */
    public static SubsidyId parse(String text) {
        try {
            return new SubsidyId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownSubsidyException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

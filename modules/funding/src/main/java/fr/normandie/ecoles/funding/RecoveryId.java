package fr.normandie.ecoles.funding;

import java.util.Objects;
import java.util.UUID;

/** The identity of a recovery order (titre de recette). */
public record RecoveryId(UUID value) {

    public RecoveryId {
        Objects.requireNonNull(value, "a recovery id has a value");
    }

    public static RecoveryId random() {
        return new RecoveryId(UUID.randomUUID());
    }

    /** Parses the textual form; a malformed id is reported as an unknown recovery order. */
    public static RecoveryId parse(String text) {
        try {
            return new RecoveryId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownRecoveryException(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

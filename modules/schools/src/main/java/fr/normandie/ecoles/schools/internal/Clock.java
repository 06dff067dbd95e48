package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The module's notion of now, in the Region's time zone for dates. */
@ApplicationScoped
public class Clock {

    static final ZoneId REGION = ZoneId.of("Europe/Paris");

    Instant now() {
        return Instant.now();
    }

    LocalDate today() {
        return LocalDate.now(REGION);
    }

    /** The Region's calendar date of an instant. */
    static LocalDate dateOf(Instant instant) {
        return instant.atZone(REGION).toLocalDate();
    }
}

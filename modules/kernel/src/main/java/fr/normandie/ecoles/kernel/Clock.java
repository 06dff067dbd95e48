package fr.normandie.ecoles.kernel;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's notion of now: instants for what happened, dates in the Region's time zone (a date read
 * on the server's own zone would turn at the wrong midnight). Every module asks it rather than the system
 * clock, so that "today" is the same day for the dashboard, the audits and the letters.
 */
@ApplicationScoped
public class Clock {

    /** The Region's time zone: its calendar dates are the ones people read. */
    public static final ZoneId REGION = ZoneId.of("Europe/Paris");

    public Instant now() {
        return Instant.now();
    }

    /** Now as a UTC date and time, for the columns that store one ({@code timestamp without time zone}). */
    public LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Today in the Region. */
    public LocalDate today() {
        return LocalDate.now(REGION);
    }

    /** The Region's calendar date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(REGION).toLocalDate();
    }
}

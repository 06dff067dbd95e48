package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the {@code target} and {@code asOf} query parameters of coverage requests. */
@ApplicationScoped
public class TargetDates {

    @Inject
    Coverage coverage;

    @Inject
    Clock clock;

    /** The target asked for, or the 2019 one. */
    Target target(Long id) {
        return id == null ? coverage.defaultTarget()
                : coverage.target(id).orElseThrow(() -> new NotFoundException("Objectif inconnu : " + id));
    }

    /** The date asked for (YYYY-MM-DD), or today in Normandie. */
    LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return clock.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date invalide : " + asOf + " (attendu : AAAA-MM-JJ).");
        }
    }
}

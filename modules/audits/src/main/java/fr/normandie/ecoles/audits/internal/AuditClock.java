package fr.normandie.ecoles.audits.internal;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The audits module's notion of now: timestamps in UTC, dates in the Region's time zone. */
@ApplicationScoped
public class AuditClock {

    static final ZoneId REGION = ZoneId.of("Europe/Paris");

    LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.now(REGION);
    }
}

package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.time.LocalDate;

/** A suspension, resumption or closure of a school as recorded: from which day, why, by whom and when. */
public record SchoolStatusChange(SchoolChange change, LocalDate effectiveOn, String reason, String recordedBy,
                                 Instant recordedAt) {
}

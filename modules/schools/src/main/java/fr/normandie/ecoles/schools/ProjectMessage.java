package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of a project's thread between its carrier and the Region (issue 16), as its author typed it.
 *
 * @param fromCarrier whether one of the carrier's accounts wrote it (else someone of the Region)
 * @param read whether the other side has read it
 */
public record ProjectMessage(UUID id, String text, String author, boolean fromCarrier, Instant writtenAt,
                             boolean read) {
}

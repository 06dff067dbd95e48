package fr.normandie.ecoles.schools;

import java.time.Instant;

/** What was recorded at one completion of a step, by whom and when. */
public record RecordedStep<T>(Instant recordedAt, String recordedBy, T data) {
}

package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff asked the carrier to complete a step's file (« dossier incomplet », issue 16): what is missing, by when.
 *
 * @param step      the key of the staff step whose file is incomplete
 * @param message   what the carrier must add or correct
 * @param deadline  the last day to submit the completed file; reminders follow once it has passed
 * @param by        who asked
 * @param at        when
 */
public record CompletionRequest(String step, String message, LocalDate deadline, String by, Instant at) {
}

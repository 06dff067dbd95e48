package fr.normandie.ecoles.workflow;

import java.time.LocalDate;

/**
 * Staff's request that the carrier complete the file of the step they hold (« dossier incomplet », issue 16).
 *
 * @param message  what is missing, told to the carrier and kept on the project's timeline
 * @param deadline the last day to submit the completed file, today at the earliest; the carrier is reminded after
 */
public record CompletionAsked(String message, LocalDate deadline) {
}

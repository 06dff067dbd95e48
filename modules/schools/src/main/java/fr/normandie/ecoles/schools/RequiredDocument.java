package fr.normandie.ecoles.schools;

import java.util.UUID;

/**
 * A document the Region expects in a step's file (the letters of support of the territorial backing, the statutes
 * of the opening...), as the administrator set it: its label, whether the step may be completed without it.
 *
 * @param step the step's key ({@link StepHandler#key()})
 */
public record RequiredDocument(UUID id, String step, String label, boolean mandatory) {
}

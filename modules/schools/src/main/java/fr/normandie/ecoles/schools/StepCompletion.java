package fr.normandie.ecoles.schools;

import java.time.Instant;

/** One completed step of a project: which, by whom, when, and the outcome that routed the process. */
public record StepCompletion(String step, String completedBy, Instant completedAt, String outcome) {
}

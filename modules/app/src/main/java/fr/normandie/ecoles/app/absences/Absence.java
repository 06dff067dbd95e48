package fr.normandie.ecoles.app.absences;

import java.time.LocalDate;
import java.util.UUID;

/** A person's absence, both days included, during which the substitute receives their tasks and notifications. */
public record Absence(UUID id, String person, LocalDate from, LocalDate to, String substitute) {
}

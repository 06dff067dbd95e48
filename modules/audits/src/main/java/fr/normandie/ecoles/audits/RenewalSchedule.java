package fr.normandie.ecoles.audits;

import java.time.LocalDate;

/** When a labelled school's next re-audit is due, and when the auditors are told it approaches. */
public record RenewalSchedule(LocalDate dueOn, LocalDate remindOn) {
}

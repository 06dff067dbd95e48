package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

import java.time.LocalDate;

/** A labelled school's next re-audit, as scheduled; {@code overdue} once its due date has passed without it. */
public record ScheduledRenewal(ProjectId project, LocalDate dueOn, LocalDate remindOn, boolean reminded,
                               boolean overdue) {
}

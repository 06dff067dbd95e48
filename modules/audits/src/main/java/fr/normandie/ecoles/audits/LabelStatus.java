package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

import java.time.LocalDate;

/**
 * The label status of a school project or school: its state, since when it holds the label without
 * interruption, how many corrective actions are still pending, when the next audit is due (the follow-up
 * of a conditional label, the re-audit of a labelled school) and since when the label has lapsed.
 */
public record LabelStatus(ProjectId project, LabelState state, LocalDate labelledSince, int conditionsPending,
                          LocalDate nextAuditDue, LocalDate lapsedSince, LocalDate lastAuditedOn,
                          Integer catalogueVersion) {
}

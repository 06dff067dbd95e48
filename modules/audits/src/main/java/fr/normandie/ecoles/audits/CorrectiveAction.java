package fr.normandie.ecoles.audits;

import java.time.LocalDate;
import java.util.UUID;

/** A corrective action as it stands, with the severity of the finding it corrects. */
public record CorrectiveAction(UUID id, UUID auditId, Severity severity, String description, String owner,
                               LocalDate dueOn, ActionStatus status) {
}

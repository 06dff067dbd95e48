package fr.normandie.ecoles.workflow;

import java.time.Instant;

/** An open task of the opening process, as an inbox shows it. */
public record TaskView(String id, String step, String stepLabel, String projectId, String projectName,
                       String departmentCode, Instant created, Instant due, String assignee) {
}

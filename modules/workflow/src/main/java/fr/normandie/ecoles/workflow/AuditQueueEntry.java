package fr.normandie.ecoles.workflow;

import java.time.LocalDate;

/**
 * One line of an auditor's queue: an audit task (with its id, to claim or complete it) or a re-audit
 * scheduled but not open yet (no task id). {@code openActions} counts the project's corrective actions
 * not verified yet; {@code overdue} says the due date has passed.
 */
public record AuditQueueEntry(Kind kind, String projectId, String projectName, String departmentCode, String step,
                              String stepLabel, String taskId, LocalDate dueOn, String assignee, int openActions,
                              boolean overdue) {

    /** Where an audit stands in the queue. */
    public enum Kind {
        /** A first label audit of a project, not taken by anyone yet. */
        TO_PREPARE,
        /** An audit the caller has taken. */
        IN_PROGRESS,
        /** A follow-up audit of a conditional label, not taken yet. */
        FOLLOW_UP_DUE,
        /** A school's re-audit, open and not taken yet. */
        RE_AUDIT_DUE,
        /** A school's next re-audit, scheduled: its task opens when the reminder goes out. */
        RE_AUDIT_SCHEDULED
    }
}

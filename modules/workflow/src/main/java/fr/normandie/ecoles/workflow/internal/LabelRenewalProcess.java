package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.workflow.Step;

/** The identifiers of {@code bpmn/label-renewal.bpmn} that code and tests share. */
public final class LabelRenewalProcess {

    public static final String KEY = Step.Process.RENEWAL.key();
    public static final String RESOURCE = "bpmn/label-renewal.bpmn";

    /** When the re-audit is due (a {@code Date}, the last second of its due day): the task's due date and the overdue timer. */
    public static final String VAR_DUE_AT = "reAuditDueAt";
    /** When the auditors are told that the re-audit approaches and its task opens (a {@code Date}). */
    public static final String VAR_REMIND_AT = "reAuditRemindAt";

    /** The re-audit's user task, and its step's key (its form key). */
    public static final String RENEWAL_AUDIT = "Task_RenewalAudit";
    public static final String RENEWAL_AUDIT_STEP = "label-renewal-audit";

    public static final String START = "StartEvent_SchoolOpenedLabelled";
    public static final String SCHEDULE = "Task_ScheduleRenewalAudit";
    public static final String APPROACHING = "Event_RenewalAuditApproaching";
    public static final String OVERDUE = "BoundaryEvent_RenewalAuditOverdue";
    public static final String END_OVERDUE_RECORDED = "EndEvent_RenewalAuditOverdueRecorded";
    public static final String END_LABEL_WITHDRAWN = "EndEvent_LabelWithdrawn";

    private LabelRenewalProcess() {
    }
}

package fr.normandie.ecoles.workflow.internal;

/** The identifiers of {@code bpmn/school-opening.bpmn} that code and tests share. */
public final class SchoolOpeningProcess {

    public static final String KEY = "school-opening";
    public static final String RESOURCE = "bpmn/school-opening.bpmn";

    /** The project's department, kept on the instance so that inboxes can filter by it. */
    public static final String VAR_DEPARTMENT = "departmentCode";

    /**
     * The project's officer, kept on the instance so that its staff tasks are offered to them first (a candidate
     * user added by {@link TaskRouting}); set at the start and moved when the officer changes.
     */
    public static final String VAR_OFFICER = "officer";

    /**
     * Whether the project's carrier files the next step's documents itself, online (issue 16): decided by
     * {@link CarrierSubmissions#decide} each time such a step opens; false sends the step straight to staff.
     */
    public static final String VAR_CARRIER_FILES_ONLINE = "carrierFilesOnline";

    /** The project's carrier (its id), set with {@link #VAR_CARRIER_FILES_ONLINE}: its accounts alone see its tasks. */
    public static final String VAR_CARRIER = "carrierId";

    /** The end of the last day staff gave the carrier to complete its file; none while no request is open. */
    public static final String VAR_COMPLETION_DEADLINE = "completionDeadline";

    /** Correlated to give a project up at any step. */
    public static final String MESSAGE_ABANDON = "ProjectAbandoned";

    public static final String START = "StartEvent_ProjectRegistered";
    public static final String END_OPENED = "EndEvent_SchoolOpened";
    public static final String END_STUDY_UNFAVOURABLE = "EndEvent_StudyUnfavourable";
    public static final String END_LABEL_REFUSED = "EndEvent_LabelRefused";
    public static final String END_SUBSIDY_REFUSED = "EndEvent_SubsidyRefused";
    public static final String END_ABANDONED = "EndEvent_ProjectAbandoned";

    /** The message that takes a staff step back to the carrier's submission, for the staff step's key. */
    public static String completionRequested(String staffStep) {
        return "CompletionRequested-" + staffStep;
    }

    private SchoolOpeningProcess() {
    }
}

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

    /** Correlated to give a project up at any step. */
    public static final String MESSAGE_ABANDON = "ProjectAbandoned";

    public static final String START = "StartEvent_ProjectRegistered";
    public static final String END_OPENED = "EndEvent_SchoolOpened";
    public static final String END_STUDY_UNFAVOURABLE = "EndEvent_StudyUnfavourable";
    public static final String END_LABEL_REFUSED = "EndEvent_LabelRefused";
    public static final String END_SUBSIDY_REFUSED = "EndEvent_SubsidyRefused";
    public static final String END_ABANDONED = "EndEvent_ProjectAbandoned";

    private SchoolOpeningProcess() {
    }
}

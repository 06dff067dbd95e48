package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.Stage;
import fr.normandie.ecoles.schools.TerritorialBackingForm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps that people carry: the user tasks of {@code school-opening.bpmn} and of
 * {@code label-renewal.bpmn}. Each has its process, a key (used in the API), the BPMN activity, the role
 * that may complete it, the form it takes, and the process variable its outcome routes by.
 */
public enum Step {
    TERRITORIAL_BACKING(Process.OPENING, Stage.TERRITORIAL_BACKING.key(), "Task_TerritorialBacking", Role.STAFF,
            TerritorialBackingForm.class, "backingOutcome", "Portage territorial"),
    OPPORTUNITY_STUDY(Process.OPENING, Stage.OPPORTUNITY_STUDY.key(), "Task_OpportunityStudy", Role.STAFF,
            OpportunityStudyForm.class, "studyConclusion", "Étude d'opportunité"),
    INSERTION_COMMITMENT(Process.OPENING, Stage.INSERTION_COMMITMENT.key(), "Task_InsertionCommitment", Role.STAFF,
            InsertionCommitmentForm.class, "insertionOutcome", "Engagement d'insertion"),
    LABEL_AUDIT(Process.OPENING, Stage.LABEL_AUDIT.key(), "Task_LabelAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de labellisation FNEP"),
    LABEL_FOLLOW_UP(Process.OPENING, Stage.LABEL_FOLLOW_UP.key(), "Task_LabelFollowUpAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de suivi FNEP"),
    SUBSIDY_DECISION(Process.OPENING, Stage.SUBSIDY_DECISION.key(), "Task_SubsidyDecision", Role.FUNDING,
            SubsidyDecisionForm.class, "subsidyDecision", "Décision de subvention régionale"),
    OPENING(Process.OPENING, Stage.OPENING.key(), "Task_Opening", Role.STAFF,
            OpeningForm.class, "openingOutcome", "Ouverture de l'école"),
    RENEWAL_AUDIT(Process.RENEWAL, "label-renewal-audit", "Task_RenewalAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de renouvellement du label FNEP"),
    RENEWAL_FOLLOW_UP(Process.RENEWAL, "label-renewal-follow-up", "Task_RenewalFollowUpAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de suivi du renouvellement FNEP");

    /** The processes people work in, by their BPMN process id. */
    public enum Process {
        /** {@code school-opening.bpmn}: a project's steps to an open school. */
        OPENING("school-opening"),
        /** {@code label-renewal.bpmn}: the periodic re-audits of a labelled school. */
        RENEWAL("label-renewal");

        private final String key;

        Process(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Process process;
    private final String key;
    private final String activityId;
    private final Role role;
    private final Class<?> formType;
    private final String outcomeVariable;
    private final String label;

    Step(Process process, String key, String activityId, Role role, Class<?> formType, String outcomeVariable,
         String label) {
        this.process = process;
        this.key = key;
        this.activityId = activityId;
        this.role = role;
        this.formType = formType;
        this.outcomeVariable = outcomeVariable;
        this.label = label;
    }

    public Process process() {
        return process;
    }

    public String key() {
        return key;
    }

    /** Whether the step is an audit of the FNEP label, whichever process it belongs to. */
    public boolean isAudit() {
        return formType == LabelAuditForm.class;
    }

    public String activityId() {
        return activityId;
    }

    public Role role() {
        return role;
    }

    public Class<?> formType() {
        return formType;
    }

    public String outcomeVariable() {
        return outcomeVariable;
    }

    /** The step's name in French, as users read it. */
    public String label() {
        return label;
    }

    public static List<Step> of(Process process) {
        return Arrays.stream(values()).filter(s -> s.process == process).toList();
    }

    public static Optional<Step> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /**
     * The roles that complete steps: the people who work on projects, who alone send documents to a project's
     * file (with a step or on their own).
     */
    public static Role[] workingRoles() {
        return Arrays.stream(values()).map(Step::role).distinct().toArray(Role[]::new);
    }

    public static Optional<Step> ofActivity(String activityId) {
        return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId)).findFirst();
    }
}

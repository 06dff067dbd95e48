package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.Stage;
import fr.normandie.ecoles.schools.TerritorialBackingForm;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the opening process that people carry: the user tasks of {@code school-opening.bpmn}.
 * Each has a key (used in the API), the BPMN activity, the role that may complete it, the form it takes,
 * and the process variable its outcome routes by.
 */
public enum Step {
    TERRITORIAL_BACKING(Stage.TERRITORIAL_BACKING, "Task_TerritorialBacking", Role.STAFF,
            TerritorialBackingForm.class, "backingOutcome", "Portage territorial"),
    OPPORTUNITY_STUDY(Stage.OPPORTUNITY_STUDY, "Task_OpportunityStudy", Role.STAFF,
            OpportunityStudyForm.class, "studyConclusion", "Étude d'opportunité"),
    INSERTION_COMMITMENT(Stage.INSERTION_COMMITMENT, "Task_InsertionCommitment", Role.STAFF,
            InsertionCommitmentForm.class, "insertionOutcome", "Engagement d'insertion"),
    LABEL_AUDIT(Stage.LABEL_AUDIT, "Task_LabelAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de labellisation FNEP"),
    LABEL_FOLLOW_UP(Stage.LABEL_FOLLOW_UP, "Task_LabelFollowUpAudit", Role.AUDITOR,
            LabelAuditForm.class, "labelOutcome", "Audit de suivi FNEP"),
    SUBSIDY_DECISION(Stage.SUBSIDY_DECISION, "Task_SubsidyDecision", Role.FUNDING,
            SubsidyDecisionForm.class, "subsidyDecision", "Décision de subvention régionale"),
    OPENING(Stage.OPENING, "Task_Opening", Role.STAFF,
            OpeningForm.class, "openingOutcome", "Ouverture de l'école");

    private final String key;
    private final String activityId;
    private final Role role;
    private final Class<?> formType;
    private final String outcomeVariable;
    private final String label;

    Step(Stage stage, String activityId, Role role, Class<?> formType, String outcomeVariable, String label) {
        this.key = stage.key();
        this.activityId = activityId;
        this.role = role;
        this.formType = formType;
        this.outcomeVariable = outcomeVariable;
        this.label = label;
    }

    public String key() {
        return key;
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

    public static Optional<Step> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static Optional<Step> ofActivity(String activityId) {
        return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId)).findFirst();
    }
}

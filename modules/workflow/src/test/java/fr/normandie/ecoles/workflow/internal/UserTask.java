package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Role;

/**
 * The user tasks of the processes as the process tests expect them: a second statement of the BPMN, on
 * purpose, so that a change to a task's id, form key, name or candidate group shows in a test.
 */
enum UserTask {
    TERRITORIAL_BACKING("territorial-backing", "Task_TerritorialBacking", Role.STAFF, "backingOutcome", "Portage territorial"),
    OPPORTUNITY_STUDY("opportunity-study", "Task_OpportunityStudy", Role.STAFF, "studyConclusion", "Étude d'opportunité"),
    INSERTION_COMMITMENT("insertion-commitment", "Task_InsertionCommitment", Role.STAFF, "insertionOutcome",
            "Engagement d'insertion"),
    LABEL_AUDIT("label-audit", "Task_LabelAudit", Role.AUDITOR, "labelOutcome", "Audit de labellisation FNEP"),
    LABEL_FOLLOW_UP("label-follow-up", "Task_LabelFollowUpAudit", Role.AUDITOR, "labelOutcome", "Audit de suivi FNEP"),
    SUBSIDY_DECISION("subsidy-decision", "Task_SubsidyDecision", Role.FUNDING, "subsidyDecision",
            "Décision de subvention régionale"),
    OPENING("opening", "Task_Opening", Role.STAFF, "openingOutcome", "Ouverture de l'école"),
    RENEWAL_AUDIT("label-renewal-audit", "Task_RenewalAudit", Role.AUDITOR, "labelOutcome",
            "Audit de renouvellement du label FNEP"),
    RENEWAL_FOLLOW_UP("label-renewal-follow-up", "Task_RenewalFollowUpAudit", Role.AUDITOR, "labelOutcome",
            "Audit de suivi du renouvellement FNEP"),
    GRANT_INSTRUCTION("grant-instruction", "Task_GrantInstruction", Role.FUNDING, "grantInstruction",
            "Instruction de la demande"),
    GRANT_VOTE("grant-vote", "Task_GrantVote", Role.FUNDING, "grantVote", "Vote de la Commission permanente"),
    GRANT_AGREEMENT("grant-agreement", "Task_GrantAgreement", Role.FUNDING, "grantAgreement", "Signature de la convention"),
    GRANT_PAYMENT("grant-payment", "Task_GrantPayment", Role.FUNDING, "grantPayment", "Versement"),
    GRANT_USE_REPORT("grant-use-report", "Task_GrantUseReport", Role.FUNDING, "grantUseReport", "Compte rendu financier"),
    GRANT_BALANCE("grant-balance", "Task_GrantBalance", Role.FUNDING, "grantBalance", "Versement du solde"),
    /** The carrier's submission before the backing, when it files online (issue 16). */
    BACKING_SUBMISSION("backing-submission", "Task_BackingSubmission", Role.CARRIER, "backingSubmission",
            "Dépôt du dossier de portage"),
    /** The carrier's submission before the study, when it files online (issue 16). */
    STUDY_SUBMISSION("study-submission", "Task_StudySubmission", Role.CARRIER, "studySubmission",
            "Dépôt de l'étude d'opportunité"),
    /** The carrier's submission before the insertion commitment (issue 16). */
    INSERTION_SUBMISSION("insertion-submission", "Task_InsertionSubmission", Role.CARRIER, "insertionSubmission",
            "Dépôt des engagements d'insertion"),
    /** The carrier's submission before the opening (issue 16). */
    OPENING_SUBMISSION("opening-submission", "Task_OpeningSubmission", Role.CARRIER, "openingSubmission",
            "Dépôt du dossier d'ouverture");

    private final String key;
    private final String activityId;
    private final Role role;
    private final String outcomeVariable;
    private final String label;

    UserTask(String key, String activityId, Role role, String outcomeVariable, String label) {
        this.key = key;
        this.activityId = activityId;
        this.role = role;
        this.outcomeVariable = outcomeVariable;
        this.label = label;
    }

    String key() {
        return key;
    }

    String activityId() {
        return activityId;
    }

    Role role() {
        return role;
    }

    String outcomeVariable() {
        return outcomeVariable;
    }

    String label() {
        return label;
    }
}

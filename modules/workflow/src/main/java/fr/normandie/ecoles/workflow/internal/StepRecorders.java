package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import fr.normandie.ecoles.workflow.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands each step's form to the module that owns its data; answers the outcome that routes the process. */
@ApplicationScoped
public class StepRecorders {

    @Inject
    ProjectFile projectFile;

    @Inject
    LabelAudits labelAudits;

    @Inject
    SubsidyDecisions subsidyDecisions;

    String record(Step step, ProjectId project, Object form, String by) {
        return switch (step) {
            case TERRITORIAL_BACKING -> projectFile.recordBacking(project, (TerritorialBackingForm) form, by);
            case OPPORTUNITY_STUDY -> projectFile.recordStudy(project, (OpportunityStudyForm) form, by);
            case INSERTION_COMMITMENT -> projectFile.recordInsertion(project, (InsertionCommitmentForm) form, by);
            case LABEL_AUDIT -> labelAudits.record(project, (LabelAuditForm) form, by, AuditKind.LABEL);
            case LABEL_FOLLOW_UP, RENEWAL_FOLLOW_UP ->
                    labelAudits.record(project, (LabelAuditForm) form, by, AuditKind.FOLLOW_UP);
            case RENEWAL_AUDIT -> labelAudits.record(project, (LabelAuditForm) form, by, AuditKind.RENEWAL);
            case SUBSIDY_DECISION -> subsidyDecisions.record(project, (SubsidyDecisionForm) form, by);
            case OPENING -> projectFile.recordOpening(project, (OpeningForm) form, by);
        };
    }
}

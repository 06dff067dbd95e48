package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Step 5: the Region's subsidy decision; a grant commits its total against the year's envelope. */
@ApplicationScoped
public class SubsidyDecisionHandler implements StepHandler<SubsidyDecisionForm, SubsidyDecision> {

    @Inject
    SubsidyDecisions decisions;

    @Override
    public String key() {
        return "subsidy-decision";
    }

    @Override
    public Class<SubsidyDecisionForm> formType() {
        return SubsidyDecisionForm.class;
    }

    @Override
    public Class<SubsidyDecision> outcomeType() {
        return SubsidyDecision.class;
    }

    @Override
    public String outcomeVariable() {
        return "subsidyDecision";
    }

    @Override
    public SubsidyDecision record(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        return decisions.record(project, form, decidedBy);
    }
}

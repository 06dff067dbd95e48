package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ProjectId;

/** The Region's subsidy decisions. */
public interface SubsidyDecisions {

    /**
     * Records a decision in the transaction that completes the subsidy step.
     * @return the decision that routes the process
     */
    String record(ProjectId project,
                  SubsidyDecisionForm form,
                  String decidedBy);
}

package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The Region's subsidy decisions. */
public interface SubsidyDecisions {

    /**
     * Records a decision in the transaction that completes the subsidy step.
     * @return the decision that routes the process
     */
    String record(ProjectId project,
                  @NotNull(message = "Le formulaire est obligatoire.") @Valid SubsidyDecisionForm form,
                  String decidedBy);
}

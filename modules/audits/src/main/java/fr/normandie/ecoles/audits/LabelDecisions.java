package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;

/**
 * The label decisions taken outside an audit: the label of a school older than the software, and a label
 * withdrawn by the auditors. Both weigh in the label's status; the first is where the school's re-audits are
 * counted from.
 */
public interface LabelDecisions {

    /**
     * Records when a school older than the software was labelled (auditors, administrators).
     * @throws LabelDecisionConflictException when the school has audits or a label recorded already
     * @throws fr.normandie.ecoles.kernel.Forbidden for any other role
     */
    LabelDecision recordHistoricalLabel(ProjectId school, HistoricalLabelForm form, Caller caller);

    /**
     * The auditors withdraw the label (auditors only); not before the audit or decision that granted it.
     * @throws LabelDecisionConflictException when the label is not held
     */
    LabelDecision withdraw(ProjectId school, LabelWithdrawalForm form, Caller caller);

    /** The decisions of a school, the oldest first. */
    List<LabelDecision> of(ProjectId school);
}

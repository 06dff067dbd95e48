package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;

/** The Region's subsidy decisions. */
public interface SubsidyDecisions {

    /**
     * Records a decision in the transaction that completes the subsidy step. A grant commits its total
     * against the envelope of its year, in the same transaction, and only if the envelope can bear it.
     * @return the decision that routes the process
     * @throws EnvelopeExceededException when the envelope cannot bear the grant: nothing is written
     */
    SubsidyDecision record(ProjectId project,
                           SubsidyDecisionForm form,
                           String decidedBy);

    /** @throws UnknownSubsidyException */
    Subsidy find(SubsidyId id);

    /** The decisions of a project, of a budget year, or all (null: any), oldest vote first. */
    List<SubsidySummary> list(ProjectId project, Integer envelopeYear);
}

package fr.normandie.ecoles.schools;

import java.util.List;

/**
 * The whole file of a project as the schools module keeps it: the registration, every round of each
 * step (a step asked again keeps its earlier rounds), and the school once it opened.
 */
public record ProjectFileView(ProjectSummary project,
                              List<BackingRound> backings,
                              List<RecordedStep<OpportunityStudyForm>> studies,
                              List<RecordedStep<InsertionCommitmentForm>> insertions,
                              School school) {
}

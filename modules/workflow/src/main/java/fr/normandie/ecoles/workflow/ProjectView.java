package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.StepCompletion;

import java.util.List;

/** A project as its file and its process show it: the summary, the steps open now, the steps done. */
public record ProjectView(ProjectSummary project, List<String> currentSteps, List<StepCompletion> history) {
}

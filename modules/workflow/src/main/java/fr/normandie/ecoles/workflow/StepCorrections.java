package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;

/** Corrections an administrator makes to a project's course when a step was completed by mistake. */
public interface StepCorrections {

    /**
     * Sends the project back to a step of its opening completed by mistake, with the reason: the tasks open now are
     * interrupted and the step opens again, to be done again; the step's earlier records stay in the file and on
     * the timeline, with the reopening and its reason. One transaction: everything or nothing.
     *
     * @param step the step's key ({@code opportunity-study})
     * @throws StepForbiddenException for anyone but an administrator
     * @throws NotAnOpeningStepException for a key that names no step of the opening process
     * @throws fr.normandie.ecoles.schools.UnknownProjectException when there is no such project
     * @throws fr.normandie.ecoles.schools.ProjectNotInProgressException when the project has ended
     * @throws fr.normandie.ecoles.schools.StepNotCompletedException when the step was never completed
     * @throws StepAlreadyOpenException when the step is open now
     * @throws fr.normandie.ecoles.schools.InvalidInputException without a reason
     */
    ProjectView reopen(ProjectId project, String step, String reason, Caller caller);
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.SubmissionForm;
import fr.normandie.ecoles.schools.SubmissionOutcome;
import jakarta.inject.Inject;

/**
 * A carrier's submission of a step's file online, before staff take the step (issue 16): the submission, with its
 * comment, goes on the project's timeline; it is no step of the project's file. One subclass per step filed.
 */
abstract class CarrierSubmissionStep implements StepHandler<SubmissionForm, SubmissionOutcome> {

    @Inject
    JpaFileSubmissions submissions;

    private final String key;
    private final String outcomeVariable;

    CarrierSubmissionStep(String key, String outcomeVariable) {
        this.key = key;
        this.outcomeVariable = outcomeVariable;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Class<SubmissionForm> formType() {
        return SubmissionForm.class;
    }

    @Override
    public Class<SubmissionOutcome> outcomeType() {
        return SubmissionOutcome.class;
    }

    @Override
    public String outcomeVariable() {
        return outcomeVariable;
    }

    @Override
    public SubmissionOutcome record(ProjectId project, SubmissionForm form, String recordedBy) {
        submissions.recordSubmission(project, key, form.comment(), recordedBy);
        return SubmissionOutcome.SUBMITTED;
    }
}

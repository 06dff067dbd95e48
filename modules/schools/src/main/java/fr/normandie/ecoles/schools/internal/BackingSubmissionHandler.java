package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.SubmissionForm;
import fr.normandie.ecoles.schools.SubmissionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The carrier submits its backing file online before staff record the territorial backing (issue 16): the
 * submission, with its comment, goes on the project's timeline; it is no step of the project's file.
 */
@ApplicationScoped
public class BackingSubmissionHandler implements StepHandler<SubmissionForm, SubmissionOutcome> {

    @Inject
    JpaFileSubmissions submissions;

    @Override
    public String key() {
        return "backing-submission";
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
        return "backingSubmission";
    }

    @Override
    public SubmissionOutcome record(ProjectId project, SubmissionForm form, String recordedBy) {
        submissions.recordSubmission(project, key(), form.comment(), recordedBy);
        return SubmissionOutcome.SUBMITTED;
    }
}

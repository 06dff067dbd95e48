package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;

/** The carrier submits its opportunity study before staff record the study's conclusion. */
@ApplicationScoped
public class StudySubmissionHandler extends CarrierSubmissionStep {

    public StudySubmissionHandler() {
        super("study-submission", "studySubmission");
    }
}

package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;

/** The carrier submits its insertion commitments before staff record whether insertion is secured. */
@ApplicationScoped
public class InsertionSubmissionHandler extends CarrierSubmissionStep {

    public InsertionSubmissionHandler() {
        super("insertion-submission", "insertionSubmission");
    }
}

package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;

/** The carrier submits its backing file (the letters of support) before staff record the territorial backing. */
@ApplicationScoped
public class BackingSubmissionHandler extends CarrierSubmissionStep {

    public BackingSubmissionHandler() {
        super("backing-submission", "backingSubmission");
    }
}

package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;

/** The carrier submits its opening file (statutes, insurance) before staff record the school's opening. */
@ApplicationScoped
public class OpeningSubmissionHandler extends CarrierSubmissionStep {

    public OpeningSubmissionHandler() {
        super("opening-submission", "openingSubmission");
    }
}

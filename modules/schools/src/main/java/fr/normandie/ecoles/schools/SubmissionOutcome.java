package fr.normandie.ecoles.schools;

/** A carrier's submission has one outcome: the file is submitted, and the staff step opens on it (issue 16). */
public enum SubmissionOutcome {
    SUBMITTED
}

package fr.normandie.ecoles.schools;

/** The opening's only outcome: the school is open. */
public enum OpeningOutcome {
    OPENED
}

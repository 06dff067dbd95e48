package fr.normandie.ecoles.schools;

/** Whether the territorial backing is enough to go on to the opportunity study. */
public enum BackingOutcome {
    SUFFICIENT, INSUFFICIENT
}

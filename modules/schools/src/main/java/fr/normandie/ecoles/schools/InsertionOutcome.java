package fr.normandie.ecoles.schools;

/** Whether the pupils' insertion is secured; if not, the commitment is asked again. */
public enum InsertionOutcome {
    SECURED, NOT_SECURED
}

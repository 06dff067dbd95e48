package fr.normandie.ecoles.schools;

/** The conclusion of an opportunity study. */
public enum StudyConclusion {
    FAVOURABLE, RESERVED, UNFAVOURABLE,
    /** Unfavourable as it stands, but worth revising: the project goes back to the study instead of ending. */
    REVISE
}

package fr.normandie.ecoles.schools;

/** The conclusion of an opportunity study. */
public enum StudyConclusion {
    FAVOURABLE, RESERVED, UNFAVOURABLE
}

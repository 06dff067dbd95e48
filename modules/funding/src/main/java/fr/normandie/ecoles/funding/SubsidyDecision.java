package fr.normandie.ecoles.funding;

/** The Region's decision on a project's subsidy. */
public enum SubsidyDecision {
    GRANTED, REFUSED
}

package fr.normandie.ecoles.funding;

/** Why a commitment was released (désengagement). */
public enum ReleaseReason {
    /** The project was abandoned. */
    PROJECT_ABANDONED,
    /** The grant agreement lapsed (its term passed without the conditions of payment being met). */
    AGREEMENT_LAPSED,
    /** A funding officer released it for another reason, written down. */
    OTHER
}

package fr.normandie.ecoles.schools;

/** Where a school stands on a day; only an open school counts for its department. */
public enum SchoolStatus {
    /** Not open yet on that day. */
    NOT_OPEN_YET,
    OPEN,
    SUSPENDED,
    CLOSED
}

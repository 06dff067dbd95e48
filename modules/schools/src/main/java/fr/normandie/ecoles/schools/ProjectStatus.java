package fr.normandie.ecoles.schools;

/** Where a school project stands as a whole. */
public enum ProjectStatus {
    /** Somewhere between registration and opening. */
    IN_PROGRESS,
    /** The school opened: it counts for its department. */
    OPEN,
    /** Ended by an unfavourable study, a refused label or a refused subsidy. */
    CLOSED,
    /** Given up by the Region's staff, with a reason. */
    ABANDONED
}

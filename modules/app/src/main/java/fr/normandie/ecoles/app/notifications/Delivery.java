package fr.normandie.ecoles.app.notifications;

/** How a person wants to hear of a kind of notice. */
public enum Delivery {
    /** A mail for each notice, sent at once. */
    IMMEDIATE,
    /** One line in the daily digest. */
    DIGEST,
    /** Not at all. */
    NONE
}

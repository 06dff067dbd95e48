package fr.normandie.ecoles.app.notifications;

/** A mail's subject and plain-text body, in French. */
public record RenderedMail(String subject, String body) {
}

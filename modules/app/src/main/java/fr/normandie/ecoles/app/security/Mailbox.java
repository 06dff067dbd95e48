package fr.normandie.ecoles.app.security;

/** A person the application can write to: an active account with an e-mail address. */
public record Mailbox(String username, String fullName, String email) {
}

package fr.normandie.ecoles.app.rest;

/** Which step of a project an administrator reopens, and why. */
public record ReopenRequest(String step, String reason) {
}

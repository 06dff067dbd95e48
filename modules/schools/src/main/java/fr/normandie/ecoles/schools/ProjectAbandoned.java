package fr.normandie.ecoles.schools;

/**
 * A project was given up: fired inside the abandon's transaction, so that another module's reaction (funding
 * releasing the project's commitments) commits with it or not at all.
 */
public record ProjectAbandoned(ProjectId project, String reason, String by) {
}

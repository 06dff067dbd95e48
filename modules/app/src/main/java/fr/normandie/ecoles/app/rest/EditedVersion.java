package fr.normandie.ecoles.app.rest;

/**
 * The version of the project an edit was made on ({@code version} of the project as read), given in the edit's
 * body next to the registration's fields.
 */
public record EditedVersion(Long version) {
}

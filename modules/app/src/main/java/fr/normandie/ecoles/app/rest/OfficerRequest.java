package fr.normandie.ecoles.app.rest;

/** The project's new officer (chargé·e de mission), by user name. */
public record OfficerRequest(String officer) {
}

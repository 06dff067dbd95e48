package fr.normandie.ecoles.app.rest;

/** Why a project is given up. */
public record AbandonRequest(String reason) {
}

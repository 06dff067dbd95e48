package fr.normandie.ecoles.schools;

/** One of the five departments of Normandie, by its INSEE code ("14", "27", "50", "61", "76"). */
public record Department(String code, String name) {
}

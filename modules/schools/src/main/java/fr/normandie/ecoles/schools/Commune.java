package fr.normandie.ecoles.schools;

/** A commune of the official geographic code, with the intercommunality (EPCI) it belongs to. */
public record Commune(String code, String name, String departmentCode, String epciSiren, String epciName) {
}

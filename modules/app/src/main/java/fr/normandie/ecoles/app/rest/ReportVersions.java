package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.InvalidInputException;

/** The version and year of a school's report as the API's path and query give them (issue 16, reports). */
final class ReportVersions {

    private ReportVersions() {
    }

    /** The version a correction was made on; none for a first filing. */
    static Long parse(String version) {
        if (version == null || version.isEmpty()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(version);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("version", "La version du compte rendu est un nombre entier positif.");
    }

    /** The year of the path: a year of the calendar, or the request names nothing that exists. */
    static int year(String year) {
        try {
            int parsed = Integer.parseInt(year);
            if (parsed >= 2000 && parsed <= 2100) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("year", "L'année doit être comprise entre 2000 et 2100.");
    }
}

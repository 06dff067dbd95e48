package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.schools.UnknownSchoolException;

import java.util.UUID;

/** A school's id in an address: anything but a UUID names no school (404). */
final class SchoolIds {

    private SchoolIds() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownSchoolException(id);
        }
    }
}

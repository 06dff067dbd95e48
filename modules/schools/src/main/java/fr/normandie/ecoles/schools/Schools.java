package fr.normandie.ecoles.schools;

import java.util.List;

/** The registry of open écoles de production. */
public interface Schools {

    List<School> all();

    /** Registers a school that opened before the software existed. */
    School register(SchoolRegistration registration);
}

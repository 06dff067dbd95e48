package fr.normandie.ecoles.schools;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The registry of open écoles de production. */
public interface Schools {

    List<School> all();

    /** Registers a school that opened before the software existed. */
    School register(@NotNull(message = "L'école est obligatoire.") @Valid SchoolRegistration registration);
}

package fr.normandie.ecoles.app.absences;

import fr.normandie.ecoles.kernel.NotFound;

/** No absence of the caller's bears this id (another person's answers the same). */
public class UnknownAbsenceException extends NotFound {

    UnknownAbsenceException() {
        super("Absence inconnue.");
    }
}

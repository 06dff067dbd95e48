package fr.normandie.ecoles.app.absences;

import fr.normandie.ecoles.kernel.Conflict;

/** An absence that has ended is history: it is not withdrawn. */
public class AbsenceOverException extends Conflict {

    AbsenceOverException() {
        super("Cette absence est terminée : elle reste dans l'historique.");
    }
}

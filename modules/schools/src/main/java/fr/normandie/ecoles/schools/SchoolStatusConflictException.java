package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** The change does not follow from where the school stands (closing a closed school, resuming an open one). */
public class SchoolStatusConflictException extends Conflict {
    public SchoolStatusConflictException(String message) {
        super("change", message);
    }
}

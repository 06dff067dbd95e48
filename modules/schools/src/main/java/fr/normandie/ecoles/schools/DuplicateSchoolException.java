package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** A school of that name already exists in that commune. */
public class DuplicateSchoolException extends Conflict {
    public DuplicateSchoolException(String name, String communeCode) {
        super("Une école nommée « " + name + " » existe déjà dans la commune " + communeCode + ".");
    }
}

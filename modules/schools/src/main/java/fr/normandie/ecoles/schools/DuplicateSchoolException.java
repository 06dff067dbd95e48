package fr.normandie.ecoles.schools;

/** A school of that name already exists in that commune. */
public class DuplicateSchoolException extends RuntimeException {
    public DuplicateSchoolException(String name, String communeCode) {
        super("Une école nommée « " + name + " » existe déjà dans la commune " + communeCode + ".");
    }
}

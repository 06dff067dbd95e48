package fr.normandie.ecoles.schools;

/** No school has this id. */
public class UnknownSchoolException extends RuntimeException {
    public UnknownSchoolException(String id) {
        super("Aucune école n'a l'identifiant " + id + ".");
    }
}

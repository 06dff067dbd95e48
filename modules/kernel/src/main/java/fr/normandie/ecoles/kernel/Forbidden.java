package fr.normandie.ecoles.kernel;

/** The caller's roles do not allow this action on this record. */
public non-sealed class Forbidden extends Refusal {

    public Forbidden(String message) {
        super(message);
    }
}

package fr.normandie.ecoles.app.security;

/** An account of that name already exists. */
public class AccountExistsException extends RuntimeException {
    public AccountExistsException(String username) {
        super("Un compte « " + username + " » existe déjà.");
    }
}

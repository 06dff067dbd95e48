package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Conflict;

/** An account of that name already exists. */
public class AccountExistsException extends Conflict {
    public AccountExistsException(String username) {
        super("username", "Un compte « " + username + " » existe déjà.");
    }
}

package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.NotFound;

/** No account bears that name. */
public class UnknownAccountException extends NotFound {
    public UnknownAccountException(String username) {
        super("username", "Aucun compte « " + username + " ».");
    }
}

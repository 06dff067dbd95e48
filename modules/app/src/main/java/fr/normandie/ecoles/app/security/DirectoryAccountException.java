package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Forbidden;

/**
 * A person the directory vouches for whom the application still refuses: their name is a local account's
 * (a directory never takes a local account over) or their account was deactivated.
 */
public class DirectoryAccountException extends Forbidden {

    DirectoryAccountException(String message) {
        super(message);
    }
}

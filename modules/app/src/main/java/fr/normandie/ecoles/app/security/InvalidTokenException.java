package fr.normandie.ecoles.app.security;

/**
 * A bearer token the application does not accept (malformed, not signed by the directory's keys, another
 * issuer or audience, expired): the caller gets a 401; the reason is for the log only.
 */
class InvalidTokenException extends RuntimeException {

    InvalidTokenException(String reason) {
        super(reason);
    }
}

package fr.normandie.ecoles.app.security;

/** The directory does not answer (its discovery document or its keys): a bearer token cannot be checked now. */
class DirectoryUnreachableException extends RuntimeException {

    DirectoryUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

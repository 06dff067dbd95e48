package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.NotFound;

/** No invitation of that id for that carrier. */
public class UnknownInvitationException extends NotFound {
    public UnknownInvitationException(String id) {
        super("Invitation inconnue : " + id + ".");
    }
}

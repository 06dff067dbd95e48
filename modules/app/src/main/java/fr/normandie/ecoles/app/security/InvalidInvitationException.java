package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.NotFound;

/**
 * A link that opens nothing: unknown token, expired, withdrawn or already used; one answer for all, so that a
 * link tells nothing of which.
 */
public class InvalidInvitationException extends NotFound {
    public InvalidInvitationException() {
        super("Ce lien d'invitation n'est pas valable : il a expiré, a été retiré, a déjà servi ou n'existe pas. "
                + "Demandez une nouvelle invitation à votre chargé·e de mission à la Région.");
    }
}

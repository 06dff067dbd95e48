package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Conflict;

/** An invitation already accepted or withdrawn cannot be withdrawn. */
public class InvitationClosedException extends Conflict {
    public InvitationClosedException() {
        super("Cette invitation n'est plus en attente : elle a déjà été acceptée ou retirée.");
    }
}

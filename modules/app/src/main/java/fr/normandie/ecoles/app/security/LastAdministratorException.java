package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Conflict;

/** The change would leave no active administrator: nobody could administer the accounts any more. */
public class LastAdministratorException extends Conflict {
    public LastAdministratorException(String username) {
        super("Le compte « " + username + " » est le dernier administrateur actif : ouvrez ou réactivez un autre "
                + "administrateur avant de le désactiver ou de lui retirer ce rôle.");
    }
}

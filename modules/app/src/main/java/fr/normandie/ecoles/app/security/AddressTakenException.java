package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Conflict;

/** An invitation to an address that already has an active account, or a pending invitation. */
public class AddressTakenException extends Conflict {
    private AddressTakenException(String message) {
        super("email", message);
    }

    static AddressTakenException account(String address) {
        return new AddressTakenException("L'adresse « " + address + " » a déjà un compte actif.");
    }

    static AddressTakenException invited(String address) {
        return new AddressTakenException("Une invitation à l'adresse « " + address + " » est déjà en attente : "
                + "retirez-la pour en envoyer une autre.");
    }
}

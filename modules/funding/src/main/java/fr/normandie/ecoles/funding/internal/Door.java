package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;

/** The ledger's door: who may move the Region's money, checked by the module itself. */
final class Door {

    private Door() {
    }

    /** @throws Forbidden unless the caller holds the role */
    static Caller require(Caller caller, Role role) {
        if (caller == null || !caller.has(role)) {
            throw new Forbidden(role == Role.ADMIN ? "Seul un administrateur fixe les budgets de la Région."
                    : "Seul un chargé de financement engage, paie, désengage ou recouvre les crédits de la Région.");
        }
        return caller;
    }
}

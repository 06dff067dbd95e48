package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;

/** The module's door: who may change the Region's grants. */
final class FundingRights {

    private FundingRights() {
    }

    /** @throws Forbidden unless the caller is a funding officer */
    static void requireFundingOfficer(Caller caller) {
        if (caller == null || !caller.has(Role.FUNDING)) {
            throw new Forbidden("Seul un chargé de financement peut modifier une subvention.");
        }
    }
}

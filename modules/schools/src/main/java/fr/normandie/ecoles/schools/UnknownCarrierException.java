package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.NotFound;

/** No carrier (or no contact of that carrier) has this id. */
public class UnknownCarrierException extends NotFound {

    public UnknownCarrierException(String field, String message) {
        super(field, message);
    }

    public static UnknownCarrierException carrier(String field, Object id) {
        return new UnknownCarrierException(field, "Aucun porteur n'a l'identifiant " + id + ".");
    }

    public static UnknownCarrierException contact(Object id) {
        return new UnknownCarrierException(null, "Ce porteur n'a aucun contact d'identifiant " + id + ".");
    }
}

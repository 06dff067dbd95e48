package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** Another carrier already has this name (compared as {@link CarrierName} does). */
public class DuplicateCarrierException extends Conflict {

    public DuplicateCarrierException(String name) {
        super("name", "Un porteur nommé « " + name + " » existe déjà : choisissez-le plutôt que d'en créer un second.");
    }
}

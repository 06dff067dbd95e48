package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Forbidden;

/** Only the Region's project officers create and edit carriers and their contacts. */
public class CarrierEditForbiddenException extends Forbidden {

    public CarrierEditForbiddenException() {
        super("Accès refusé : seuls les chargés de mission créent et modifient les porteurs.");
    }
}

package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Forbidden;

/** Only the Region's project officers and administrators record a school's yearly results. */
public class ResultsForbiddenException extends Forbidden {

    public ResultsForbiddenException() {
        super("Seuls les chargés de mission et les administrateurs enregistrent les résultats d'une école.");
    }
}

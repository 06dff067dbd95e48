package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Forbidden;

/** Only project officers and administrators record a school's State recognition. */
class RecognitionForbiddenException extends Forbidden {

    RecognitionForbiddenException() {
        super(Texts.get("school.recognitionForbidden"));
    }
}

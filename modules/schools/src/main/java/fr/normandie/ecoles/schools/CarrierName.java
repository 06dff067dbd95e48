package fr.normandie.ecoles.schools;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two carriers' names are the same organisation: compared without case, accents or extra spaces, so
 * that "Éducation et Formation" and "education  et formation" are one carrier. The migration that merged the
 * free-text carriers and every registration that names a carrier use this one rule.
 */
public final class CarrierName {

    private CarrierName() {
    }

    /** The name's comparison key: decomposed, accents dropped, spaces collapsed, lower case. */
    public static String key(String name) {
        String unaccented = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package fr.normandie.ecoles.schools.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name under which a document is kept: the last part of what the sender's computer called it (some
 * browsers send a whole path), in Unicode's composed form (NFC, so that « é » is one character whoever typed
 * it), without control characters nor invisible formatting ones, at most 200 characters with its extension.
 * Formatting characters go because they lie about the name: a right-to-left override (U+202E) displays
 * {@code rapport\u202Egnp.pdf} as {@code rapportfdp.png}; zero-width characters make two names look alike.
 */
final class FileName {

    static final int MAX_LENGTH = 200;
    private static final String UNNAMED = "document";
    /** Controls (Cc), formatting characters (Cf: bidirectional marks, embeddings, overrides and isolates,
     * zero-width ones), line and paragraph separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private FileName() {
    }

    static String clean(String given) {
        if (given == null) {
            return UNNAMED;
        }
        String normalised = Normalizer.normalize(given, Normalizer.Form.NFC);
        String name = INVISIBLE.matcher(normalised.substring(
                        Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1))
                .replaceAll("")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return UNNAMED;
        }
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int cut = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--; // never half a character
        }
        return name.substring(0, cut) + extension;
    }
}

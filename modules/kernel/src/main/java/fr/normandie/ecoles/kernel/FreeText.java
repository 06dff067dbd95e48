package fr.normandie.ecoles.kernel;

/**
 * Free text as a module stores it. (The application's French texts, its message bundle, are
 * {@code app.web.Texts}: another thing.)
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text without its surrounding blanks, or null when nothing was written. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

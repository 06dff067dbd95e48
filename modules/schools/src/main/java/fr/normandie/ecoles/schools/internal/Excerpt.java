package fr.normandie.ecoles.schools.internal;

/** The beginning of a person's text where a whole one would not fit: a timeline's line, a mail. */
final class Excerpt {

    private Excerpt() {
    }

    /** The text without its surrounding blanks, cut after {@code length} characters with an ellipsis. */
    static String of(String text, int length) {
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length) + "…";
    }
}

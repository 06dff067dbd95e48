package fr.normandie.ecoles.funding.internal;

/** Free text as stored: without its surrounding blanks, and null when nothing was written. */
final class Texts {

    private Texts() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

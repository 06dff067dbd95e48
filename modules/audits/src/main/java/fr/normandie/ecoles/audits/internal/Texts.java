package fr.normandie.ecoles.audits.internal;

/** How free text from a form is stored: stripped, and null when there is nothing in it. */
final class Texts {

    private Texts() {
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

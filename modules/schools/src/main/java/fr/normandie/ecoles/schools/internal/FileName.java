package fr.normandie.ecoles.schools.internal;

/**
 * The name under which a document is kept: the last part of what the sender's computer called it (some
 * browsers send a whole path), without control characters, at most 200 characters with its extension.
 */
final class FileName {

    static final int MAX_LENGTH = 200;
    private static final String UNNAMED = "document";

    private FileName() {
    }

    static String clean(String given) {
        if (given == null) {
            return UNNAMED;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return UNNAMED;
        }
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}

package fr.normandie.ecoles.app.web.dashboard;

/** Text made safe to write in HTML or SVG markup, as element content or inside a double-quoted attribute. */
final class Markup {

    private Markup() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                if (entity != null) {
                    safe.append(entity);
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? text : safe.toString();
    }
}

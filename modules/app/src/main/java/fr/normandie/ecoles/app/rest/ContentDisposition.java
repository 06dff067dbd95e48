package fr.normandie.ecoles.app.rest;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): an ASCII {@code filename} that no character
 * can break out of, for old clients, and the exact name in UTF-8 as {@code filename*} (RFC 8187).
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    private static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    private static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}

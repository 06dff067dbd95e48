package fr.normandie.ecoles.schools;

/**
 * A file someone sends to a project's file: the name it had on their computer, an optional title, and
 * its bytes. Neither the name nor any declared type is trusted: the type is read from the bytes.
 */
public record Attachment(String fileName, String title, byte[] content) {
}

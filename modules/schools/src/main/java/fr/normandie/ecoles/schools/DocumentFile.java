package fr.normandie.ecoles.schools;

/** A document with its bytes, to hand back to whoever downloads it. */
public record DocumentFile(Document document, byte[] content) {
}

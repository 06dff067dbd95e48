package fr.normandie.ecoles.funding;

/** A generated file: its name, its media type and its bytes. */
public record FileContent(String fileName, String mediaType, byte[] content) {
}

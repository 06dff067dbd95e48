package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a project's file, without its bytes: its name, the type recognised from its content,
 * its size and SHA-256 fingerprint, the step it belongs to (null when it is the project's), who added it
 * and when, and the expected document of the step it answers ({@link RequiredDocument}, null when none).
 */
public record Document(UUID id, String name, String title, DocumentType type, String mediaType, long size,
                       String sha256, String step, String uploadedBy, Instant uploadedAt, UUID requirement) {
}

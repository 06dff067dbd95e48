package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.util.UUID;

/** A comment on a project, as its author typed it. */
public record Comment(UUID id, String text, String author, Instant writtenAt) {
}

package fr.normandie.ecoles.app.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Reads request bodies into the modules' input records. Resources take the body as text: the form of
 * a task depends on its step, and Payara's OpenAPI generator fails on request-body types that carry
 * Bean Validation annotations (payara/Payara#7649).
 */
final class JsonBodies {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonBodies() {
    }

    /** @throws IllegalArgumentException for an empty body; {@code JsonbException} for malformed JSON (both 400) */
    static <T> T read(String body, Class<T> type, String what) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(what + " : le corps de la requête est vide.");
        }
        return JSON.fromJson(body, type);
    }
}

package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.web.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Reads request bodies into the modules' input records, strictly ({@link StrictJson}) and only then with
 * JSON-B. Resources take the body as text: the form of a task depends on its step, and Payara's OpenAPI
 * generator fails on request-body types that carry Bean Validation annotations (payara/Payara#7649). The
 * bytes of the body were checked before (content type, size, UTF-8) by {@link StrictRequestBodies}.
 */
final class JsonBodies {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonBodies() {
    }

    /** @throws fr.normandie.ecoles.app.problems.UnreadableRequestException for an empty or unreadable body (400) */
    static <T> T read(String body, Class<T> type, String what) {
        if (body == null || body.isBlank()) {
            throw StrictJson.refusal(Texts.get("reading.empty", what), null);
        }
        StrictJson.check(body, type, what);
        return JSON.fromJson(body, type);
    }
}

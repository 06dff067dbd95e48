package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.problems.UnreadableRequestException;
import fr.normandie.ecoles.app.web.Texts;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The bytes of every API request that carries a body, before any resource reads it: a body needs a
 * {@code Content-Type} (415 otherwise; a type no resource takes is refused 415 by JAX-RS itself); a JSON
 * body is UTF-8 (its charset, if given, says so: 415 otherwise), {@link #MAX_JSON_BYTES} at most (413), and
 * valid UTF-8 (400: JAX-RS would silently turn a bad byte into U+FFFD). Multipart bodies are left to their
 * resources, which read them as they stream.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictRequestBodies implements ContainerRequestFilter {

    /** The largest JSON body: far above the largest form (a full label audit), far below any harm. */
    static final int MAX_JSON_BYTES = 4 << 20;

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || !request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            throw new UnreadableRequestException(415, Texts.get("reading.unsupportedTitle"),
                    Texts.get("reading.noContentType"), null);
        }
        if (!isJson(type)) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new UnreadableRequestException(415, Texts.get("reading.unsupportedTitle"),
                    Texts.get("reading.charset"), null);
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_JSON_BYTES);
        requireUtf8(body);
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static byte[] readAtMost(InputStream stream, int limit) {
        try {
            byte[] body = stream.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new UnreadableRequestException(413, Texts.get("reading.tooLargeTitle"),
                        Texts.get("reading.tooLarge", limit), null);
            }
            return body;
        } catch (IOException e) {
            throw StrictJson.refusal(Texts.get("reading.incomplete"), null);
        }
    }

    /** Refuses (400) bytes that are not UTF-8, rather than reading them as U+FFFD. */
    static void requireUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw StrictJson.refusal(Texts.get("reading.utf8"), null);
        }
    }
}

package fr.normandie.ecoles.app.problems;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists the invalid fields, each with its French message.
 * Serialised here rather than by the JAX-RS provider so that the media type is exactly
 * {@code application/problem+json}.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One invalid field: its path in the request body ({@code backers[0].kind}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    Response toResponse() {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        Response.ResponseBuilder response = Response.status(status, reason).type(MEDIA_TYPE).entity(toJson());
        if (status == 503) {
            response.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The problem as its JSON text, the body of an answer (also those written outside JAX-RS). */
    public String toJson() {
        return JSON.toJson(this);
    }
}

package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.app.problems.Problem;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The API's answer to a throttled sign-in: 429 with {@code Retry-After} and a French problem detail, written by
 * the authentication mechanism itself (the request goes no further).
 */
public final class TooManySignIns {

    private TooManySignIns() {
    }

    static void answer(HttpServletResponse response, Duration retryAfter) throws IOException {
        long seconds = seconds(retryAfter);
        // no reset: the security headers the mechanism set first stay
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(new Problem("about:blank", "Trop de tentatives de connexion", 429,
                "Trop de connexions échouées pour cet identifiant ou depuis cette adresse : réessayez dans "
                        + seconds + " seconde(s).", null).toJson());
        response.flushBuffer();
    }

    /** Whole seconds, rounded up: a client that waits that long is not refused again. */
    public static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

package fr.normandie.ecoles.app.operations;

import fr.normandie.ecoles.app.problems.DatabaseOutage;
import fr.normandie.ecoles.app.problems.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 503 answer while the application starts or its database is out of reach, with {@code Retry-After}: a
 * problem detail for the API and the machine endpoints, the French page {@code /errors/503.html} for a person.
 * Written as a plain servlet answer, since neither Faces nor the database can be counted on at that moment.
 */
public final class Unavailable {

    private static final String PAGE = "/errors/503.html";
    private static volatile byte[] pageBytes;

    private Unavailable() {
    }

    /** Answers 503, unless the answer has already begun (then nothing better can be done). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (forMachines(request)) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(DatabaseOutage.problem().toJson());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(request));
        }
        response.flushBuffer();
    }

    static boolean forMachines(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/metrics") || path.startsWith("/health");
    }

    /** The page's bytes, read from the WAR once: an outage answers it to every request for a while. */
    private static byte[] page(HttpServletRequest request) {
        byte[] page = pageBytes;
        if (page == null) {
            try (InputStream in = request.getServletContext().getResourceAsStream(PAGE)) {
                page = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pageBytes = page;
        }
        return page;
    }
}

package fr.normandie.ecoles.app.operations;

import fr.normandie.ecoles.app.StartupReadiness;
import fr.normandie.ecoles.app.problems.DatabaseOutage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Answers 503 ({@link Unavailable}) to every request that comes before the start-up sequence has finished, and
 * to a page whose rendering met the database out of reach, instead of a 404, an empty 500 or the error page.
 * Health answers for itself (its checks say what is down), static files are served. The API's own failures are mapped by
 * {@code ProblemMapper}; failures in signing in by {@code SignInMechanism}, which runs before any filter.
 */
@WebFilter(filterName = "ServiceAvailability", urlPatterns = "/*", asyncSupported = true)
public class ServiceAvailability extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ServiceAvailability.class.getName());

    @Inject
    @Readiness
    StartupReadiness startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!startup.started() && !isHealthOrStatic(request)) {
            Unavailable.answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.among(e)) {
                throw e;
            }
            LOG.warning(() -> "Base de données injoignable pendant " + request.getRequestURI() + " : " + e);
            Unavailable.answer(request, response);
        }
    }

    /** Health answers for itself; the style sheets and scripts are files, which the 503 page itself uses. */
    private static boolean isHealthOrStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/health") || path.startsWith("/resources/");
    }
}

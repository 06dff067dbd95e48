package fr.normandie.ecoles.app.http;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Sets the security headers on every answer before anything else writes it, and hands the rest of the
 * application the request as the browser addressed it ({@link PublicAddress}).
 * <p>
 * The policy allows scripts, styles, images and fonts from the application only: the pages carry no inline
 * script, event handler or style attribute (Faces' ajax is wired by {@code resources/js/ajax.js} from data
 * attributes, see {@code web.UnobtrusiveAjax}), so an injected {@code <script>} or {@code onerror=} never
 * runs. {@code data:} images are for bpmn-js' own icons. Answers are never kept by a cache ({@code no-store}:
 * signed-in pages and the API carry personal data, and a shared computer's back button must not show them
 * after sign-out), but for the static resources of Faces, which carry none and are versioned.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * A request attribute naming one more origin the pages' forms may lead to (their answer's redirect): the
     * directory's, whose end of session the sign-out form's answer sends the browser to (issue 15, oidc).
     */
    public static final String FORM_TARGET = SecurityHeaders.class.getName() + ".formTarget";

    /** Faces' static resources (style sheets, scripts): the same for everyone. */
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    /** A year, as browsers remember HTTPS-only sites (only sent over HTTPS, where it counts). */
    private static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest addressed = publicAddress.wrap(request, response);
        apply(request, response, addressed.isSecure());
        chain.doFilter(addressed,
                SessionCookie.completedBeforeRedirects(response, request.getServletContext(), addressed.isSecure()));
        // a session made where this filter's request was not at hand, if the answer is not sent yet
        SessionCookie.complete(request.getServletContext(), response, addressed.isSecure());
    }

    /**
     * Sets the headers on an answer. Also called by the sign-in mechanism, whose refusals (the API's 401, the
     * redirect to the sign-in page) are sent by the container before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        Object formTarget = request.getAttribute(FORM_TARGET);
        response.setHeader("Content-Security-Policy", formTarget == null ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + formTarget));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}

package fr.normandie.ecoles.app.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The address a browser or a client used to reach the application, as the rest of the application must see
 * it. Behind a reverse proxy that ends HTTPS, the server receives plain HTTP; the proxy says so in
 * {@code X-Forwarded-Proto}, which is believed when {@code web.trust-forwarded-proto} is on (the default:
 * a client that forges it only makes its own session cookie {@code Secure}, so a direct HTTP client
 * loses its own session and nobody else's). The host is never taken from the request's {@code Host} or
 * {@code X-Forwarded-Host} headers, which a client chooses freely: the pages' redirects are relative
 * ({@code relativeRedirectAllowed} in glassfish-web.xml), and the absolute addresses the API builds
 * ({@code Location} of a created resource) come from {@code web.public-url} when it is set, and are paths
 * otherwise ({@link RelativeLocations}).
 * <p>
 * As soon as a session is made or its id changes, the cookie the container wrote is completed
 * ({@link SessionCookie}): {@code SameSite=Lax}, and {@code Secure} when the address is HTTPS (the container
 * sets it only for a connection that is itself TLS).
 */
@ApplicationScoped
public class PublicAddress {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Inject
    @ConfigProperty(name = "web.public-url")
    Optional<String> configuredUrl;

    @Inject
    @ConfigProperty(name = "web.trust-forwarded-proto", defaultValue = "true")
    boolean trustForwardedProto;

    /** The HTTP port of {@code ./run}, for links made outside any request when {@code web.public-url} is unset. */
    @Inject
    @ConfigProperty(name = "port", defaultValue = "8080")
    int port;

    private Optional<URI> publicUrl;

    @PostConstruct
    void readPublicUrl() {
        publicUrl = configuredUrl.filter(url -> !url.isBlank()).map(PublicAddress::parse);
    }

    /** The request as addressed by the browser; the session cookie it makes is completed in {@code response}. */
    HttpServletRequest wrap(HttpServletRequest request, HttpServletResponse response) {
        return new Addressed(request, response, scheme(request), publicUrl);
    }

    /**
     * The address people use, ending with {@code /}, for links sent outside any request (the notifications'
     * mails): {@code web.public-url}, else {@code http://localhost:PORT/} (the embedded default of {@code ./run}).
     */
    public URI base() {
        String url = publicUrl.map(URI::toString).orElse("http://localhost:" + port + "/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** Whether {@code web.public-url} names the address people use. */
    boolean hasPublicUrl() {
        return publicUrl.isPresent();
    }

    /** Whether the browser reached the application over HTTPS. */
    public boolean isSecure(HttpServletRequest request) {
        return "https".equals(scheme(request));
    }

    private String scheme(HttpServletRequest request) {
        return publicUrl.map(URI::getScheme).orElseGet(() -> forwardedScheme(request)).toLowerCase(Locale.ROOT);
    }

    private String forwardedScheme(HttpServletRequest request) {
        String forwarded = request.getHeader(FORWARDED_PROTO);
        if (trustForwardedProto && forwarded != null) {
            String first = forwarded.split(",", 2)[0].trim();
            if (first.equalsIgnoreCase("https") || first.equalsIgnoreCase("http")) {
                return first;
            }
        }
        return request.getScheme();
    }

    private static URI parse(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("web.public-url must be an http(s) address with a host: " + url);
        }
        return uri;
    }

    private static final class Addressed extends HttpServletRequestWrapper {

        private final HttpServletResponse response;
        private final String scheme;
        private final Optional<URI> publicUrl;

        Addressed(HttpServletRequest request, HttpServletResponse response, String scheme, Optional<URI> publicUrl) {
            super(request);
            this.response = response;
            this.scheme = scheme;
            this.publicUrl = publicUrl;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return publicUrl.map(URI::getHost).orElseGet(super::getServerName);
        }

        @Override
        public int getServerPort() {
            return publicUrl.map(url -> url.getPort() >= 0 ? url.getPort() : defaultPort())
                    .orElseGet(super::getServerPort);
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
            int port = getServerPort();
            if (port != defaultPort()) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            boolean had = create && super.getSession(false) != null;
            HttpSession session = super.getSession(create);
            if (session != null && !had) {
                SessionCookie.complete(getServletContext(), response, isSecure());
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            SessionCookie.complete(getServletContext(), response, isSecure());
            return id;
        }

        private int defaultPort() {
            return "https".equals(scheme) ? 443 : 80;
        }
    }
}

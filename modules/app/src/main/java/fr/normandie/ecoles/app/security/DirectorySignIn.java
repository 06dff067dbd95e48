package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A page's sign-in through the directory: the container's OpenID Connect mechanism (defined on
 * {@link DirectorySettings}) sends the browser to the provider and, when it comes back with a code, exchanges
 * it for tokens and checks the ID token (signature by the provider's published keys, issuer, audience, nonce,
 * expiry). {@link SignInMechanism} is the one mechanism the container calls (it is the selected alternative);
 * this class finds the other one, the container's, among the beans, and lends it the request.
 */
@ApplicationScoped
public class DirectorySignIn {

    @Inject
    BeanManager beans;

    @Inject
    DirectorySettings settings;

    @Inject
    OpenIdContext openId;

    @Inject
    DirectoryDocuments documents;

    private HttpAuthenticationMechanism provider;

    boolean configured() {
        return settings.configured();
    }

    /** The directory's origin ({@code scheme://host:port}), where the sign-out sends the browser. */
    String origin() {
        URI issuer = URI.create(settings.getIssuer());
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }

    /** The container's mechanism at work: a redirect to the provider, the code exchanged, or nothing to do. */
    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                  HttpMessageContext context) {
        try {
            return provider().validateRequest(request, response, context);
        } catch (AuthenticationException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** Who just signed in: the claims of the ID token the mechanism checked. */
    DirectoryCaller signedIn() {
        return TokenClaims.ofJwt(openId.getIdentityToken().getToken()).caller(settings);
    }

    /**
     * Where to send a person who signs out after signing in through the directory, so that the directory's
     * session ends too (OpenID Connect RP-initiated logout: its {@code end_session_endpoint}, with the ID token
     * as hint, back to {@code returnTo}, which the directory must know for the client); none when the person signed
     * in otherwise or the directory names no such endpoint.
     */
    public Optional<URI> signOutAddress(HttpServletRequest request, String returnTo) {
        if (!configured() || request.getSession(false) == null || openId.getIdentityToken() == null) {
            return Optional.empty();
        }
        String endpoint = documents.discovery().getString("end_session_endpoint", "");
        if (endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "client_id=" + encoded(settings.getClientId())
                + "&id_token_hint=" + encoded(openId.getIdentityToken().getToken())
                + "&post_logout_redirect_uri=" + encoded(returnTo)));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpAuthenticationMechanism provider() {
        if (provider == null) {
            List<Bean<?>> found = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(b -> !b.getTypes().contains(SignInMechanism.class)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected the container's OpenID Connect mechanism beside "
                        + SignInMechanism.class.getSimpleName() + ", found " + found);
            }
            Bean<?> bean = found.get(0);
            provider = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
        }
        return provider;
    }
}

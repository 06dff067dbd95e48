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

import java.util.List;

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

    private HttpAuthenticationMechanism provider;

    boolean configured() {
        return settings.configured();
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

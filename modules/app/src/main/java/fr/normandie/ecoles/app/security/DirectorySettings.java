package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The Region's directory, an OpenID Connect provider, when {@code OIDC_ISSUER}, {@code OIDC_CLIENT_ID} and
 * {@code OIDC_CLIENT_SECRET} are all set; without them the application signs in its own accounts only.
 * <p>
 * The annotation defines the container's OpenID Connect mechanism (Jakarta Security 3, Soteria in Payara)
 * whatever the configuration, since an annotation cannot be conditional: {@link SignInMechanism} stays the
 * mechanism the container calls and hands a page request to it only when the directory is configured
 * ({@link DirectorySignIn}). Its settings are read here by name ({@code directory}) through the expression
 * language, at the first sign-in. The groups the mechanism reads are ignored: {@link DirectoryRoles} makes the
 * application's roles from {@code OIDC_ROLES_CLAIM}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${directory.issuer}",
        clientId = "${directory.clientId}",
        clientSecret = "${directory.clientSecret}",
        redirectURI = "${baseURL}" + DirectorySettings.CALLBACK,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username"))
@Named("directory")
@ApplicationScoped
public class DirectorySettings {

    /** Where the directory sends the browser back with its code: the dashboard, shown once signed in. */
    static final String CALLBACK = SignInMechanism.HOME;

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "oidc.roles-claim", defaultValue = "roles")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "oidc.role-mapping")
    Optional<String> roleMapping;

    /** How far the directory's clock may be from ours when a bearer token's expiry is checked. */
    @Inject
    @ConfigProperty(name = "oidc.clock-skew", defaultValue = "PT30S")
    Duration clockSkew;

    private DirectoryRoles roles;

    /** Whether people sign in through the directory. */
    public boolean configured() {
        return present(issuer) && present(clientId) && present(clientSecret);
    }

    public String getIssuer() {
        return issuer.map(String::strip).map(i -> i.endsWith("/") ? i.substring(0, i.length() - 1) : i).orElse("");
    }

    public String getClientId() {
        return clientId.map(String::strip).orElse("");
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    /** Where the provider describes itself (its keys' address among others). */
    URI discovery() {
        return URI.create(getIssuer() + "/.well-known/openid-configuration");
    }

    /** The claim, in the ID token or the access token, whose values are the person's roles in the directory. */
    String rolesClaim() {
        return rolesClaim;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    DirectoryRoles roles() {
        if (roles == null) {
            roles = DirectoryRoles.of(roleMapping);
        }
        return roles;
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}

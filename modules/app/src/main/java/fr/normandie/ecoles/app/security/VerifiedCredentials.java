package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking it against its PBKDF2 hash costs several
 * milliseconds of CPU each time. A credential the identity store found valid is remembered for a short while
 * ({@code security.verified-credentials.ttl}, default one minute), keyed by the user name and an HMAC of the
 * password under a key drawn at start-up: neither the password nor a hash anyone could attack offline is kept,
 * a wrong password is never remembered, and a change to an account in the database (password, roles, a
 * deactivation) takes effect within that delay.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Verified(CredentialValidationResult result, long expiresAt) {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    @ConfigProperty(name = "security.verified-credentials.ttl", defaultValue = "PT1M")
    Duration ttl;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The identity store's answer for the credential, from memory when it was found valid a moment ago. */
    CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String entry = credential.getCaller() + '\0' + fingerprint(credential.getPasswordAsString());
        long now = System.nanoTime();
        Verified known = verified.get(entry);
        if (known != null && now - known.expiresAt() < 0) {
            return known.result();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> now - v.expiresAt() >= 0);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(entry, new Verified(result, now + ttl.toNanos()));
        } else {
            verified.remove(entry);
        }
        return result;
    }

    private String fingerprint(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking it against its PBKDF2 hash costs several
 * milliseconds of CPU each time. A credential found valid is remembered for a short while
 * ({@code security.verified-credentials.ttl}, default one minute), keyed by the user name and an HMAC of the
 * password under a key drawn at start-up: neither the password nor a hash anyone could attack offline is kept,
 * and a wrong password is never remembered. A remembered credential still reads the account on every request:
 * a deactivation, a change of roles or of password made on any node counts from the next request on.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    /** The account as it was when its password was checked, and until when that check is believed. */
    private record Verified(ActiveAccount account, long expiresAt) {
    }

    @Inject
    SignInAttempts attempts;

    @Inject
    Accounts accounts;

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

    /**
     * The credential's outcome: accepted from memory when it was checked a moment ago and the account is still
     * active with the same password (with its roles of now), else a sign-in attempt, throttled as any.
     */
    SignInAttempts.Outcome validate(UsernamePasswordCredential credential, String address) {
        String entry = credential.getCaller() + '\0' + fingerprint(credential.getPasswordAsString());
        long now = System.nanoTime();
        Verified known = verified.get(entry);
        if (known != null && now - known.expiresAt() < 0) {
            Optional<ActiveAccount> current = accounts.active(known.account().username())
                    .filter(a -> a.passwordHash().equals(known.account().passwordHash()));
            if (current.isPresent()) {
                return new SignInAttempts.Accepted(current.get());
            }
            verified.remove(entry);
        }
        SignInAttempts.Outcome outcome = attempts.attempt(credential, address);
        if (outcome instanceof SignInAttempts.Accepted accepted) {
            remember(entry, accepted.account(), now);
        } else {
            verified.remove(entry);
        }
        return outcome;
    }

    private void remember(String entry, ActiveAccount account, long now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> now - v.expiresAt() >= 0);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(entry, new Verified(account, now + ttl.toNanos()));
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

package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory's access tokens, as the API accepts them ({@code Authorization: Bearer}): a JWT signed with one
 * of the keys the issuer publishes (its JWKS, RSA: RS256, RS384, RS512; never {@code none} nor a shared
 * secret), from the configured issuer, for this application (its client id among the audiences), not expired
 * ({@code OIDC_CLOCK_SKEW} allowed, 30 seconds by default), and an access token ({@code typ}, when present,
 * {@code Bearer}: an ID token is not a credential for the API). The keys are fetched once and again when a token
 * names a key not yet known (the directory rotated them), at most once every {@link #KEYS_REFRESH} so that
 * made-up key ids cannot make the application hammer the directory.
 */
@ApplicationScoped
public class BearerTokens {

    static final Duration KEYS_REFRESH = Duration.ofSeconds(30);
    private static final Map<String, String> ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    @Inject
    DirectorySettings settings;

    @Inject
    Clock clock;

    @Inject
    DirectoryDocuments documents;

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant keysFetched = Instant.EPOCH;

    /**
     * The person the token speaks for; refused ({@link InvalidTokenException}) otherwise, or
     * {@link DirectoryUnreachableException} when the directory's keys cannot be fetched.
     */
    DirectoryCaller verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a signed JWT (three parts)");
        }
        JsonObject header = TokenClaims.json(parts[0]);
        String algorithm = ALGORITHMS.get(header.getString("alg", ""));
        if (algorithm == null) {
            throw new InvalidTokenException("algorithm " + header.getString("alg", "?") + " not accepted");
        }
        checkSignature(parts, algorithm, key(header.getString("kid", "")));
        TokenClaims claims = TokenClaims.ofJwt(token);
        checkClaims(claims);
        return claims.caller(settings);
    }

    private static void checkSignature(String[] parts, String algorithm, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("signature does not match");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("signature unreadable: " + e.getMessage());
        }
    }

    private void checkClaims(TokenClaims claims) {
        if (!claims.string("iss").orElse("").equals(settings.getIssuer())) {
            throw new InvalidTokenException("issuer " + claims.string("iss").orElse("none"));
        }
        if (!claims.strings("aud").contains(settings.getClientId())) {
            throw new InvalidTokenException("audience " + claims.strings("aud"));
        }
        long now = clock.now().getEpochSecond();
        long skew = settings.clockSkew().toSeconds();
        long exp = claims.epochSeconds("exp").orElseThrow(() -> new InvalidTokenException("no expiry"));
        if (now > exp + skew) {
            throw new InvalidTokenException("expired");
        }
        if (claims.epochSeconds("nbf").filter(nbf -> now < nbf - skew).isPresent()) {
            throw new InvalidTokenException("not valid yet");
        }
        if (!claims.string("typ").orElse("Bearer").equalsIgnoreCase("Bearer")) {
            throw new InvalidTokenException("not an access token: " + claims.string("typ").orElse(""));
        }
    }

    private PublicKey key(String kid) {
        PublicKey key = keys.get(kid);
        if (key == null && clock.now().isAfter(keysFetched.plus(KEYS_REFRESH))) {
            refreshKeys();
            key = keys.get(kid);
        }
        if (key == null) {
            throw new InvalidTokenException("unknown key " + kid);
        }
        return key;
    }

    private synchronized void refreshKeys() {
        keysFetched = clock.now();
        JsonObject jwks = documents.get(URI.create(documents.discovery().getString("jwks_uri")));
        for (JsonValue value : jwks.getJsonArray("keys")) {
            JsonObject jwk = value.asJsonObject();
            if ("RSA".equals(jwk.getString("kty", "")) && !"enc".equals(jwk.getString("use", "sig"))) {
                keys.put(jwk.getString("kid", ""), rsaKey(jwk));
            }
        }
    }

    private static PublicKey rsaKey(JsonObject jwk) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    unsigned(jwk.getString("n")), unsigned(jwk.getString("e"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the directory published an unreadable RSA key", e);
        }
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}

package fr.normandie.ecoles.app.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Hashes passwords with the container's PBKDF2 implementation, in the format the identity store checks. */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * The count balances the cost of guessing against the cost of a check (about 3 ms here); HTTP Basic sends
     * the password with every request, {@link VerifiedCredentials} spares most of those checks.
     */
    static final String ITERATIONS = "10000";

    @Inject
    Pbkdf2PasswordHash hash;

    /**
     * The hash a password is checked against when no active account bears the name given: the same PBKDF2 work
     * as for a real account, so that the time of the answer does not tell which names exist. Of a random
     * password drawn at start-up, which nobody can type.
     */
    private String unknownAccountHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", ITERATIONS));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        unknownAccountHash = hash(Base64.getEncoder().encodeToString(random));
    }

    String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** Whether the password is the one of the hash; against a hash nobody matches when there is none. */
    boolean matches(String password, Optional<String> hashed) {
        boolean matches = hash.verify(password.toCharArray(), hashed.orElse(unknownAccountHash));
        return matches && hashed.isPresent();
    }
}

package fr.normandie.ecoles.app.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

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

    @PostConstruct
    void configure() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", ITERATIONS));
    }

    String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}

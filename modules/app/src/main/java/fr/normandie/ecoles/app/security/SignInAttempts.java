package fr.normandie.ecoles.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt to sign in with a user name and password, from the sign-in page or HTTP Basic: refused at once
 * while the name or the address is throttled, else checked against the account's PBKDF2 hash (or, for a name
 * no active account bears, against a hash nobody matches: the same work, so the same time), a failure counted
 * and its answer held back as the throttle says.
 */
@ApplicationScoped
public class SignInAttempts {

    /** What became of an attempt. */
    sealed interface Outcome permits Accepted, Refused, Throttled {
    }

    /** The password is the account's. */
    record Accepted(ActiveAccount account) implements Outcome {
    }

    /** Wrong name or password (the answer does not say which). */
    record Refused() implements Outcome {
    }

    /** Too many failures: not even checked; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Outcome {
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    Outcome attempt(UsernamePasswordCredential credential, String address) {
        String username = credential.getCaller();
        Optional<Duration> refused = throttle.refusedFor(username, address);
        if (refused.isPresent()) {
            return new Throttled(refused.get());
        }
        Optional<ActiveAccount> account = accounts.active(username);
        if (hashing.matches(credential.getPasswordAsString(), account.map(ActiveAccount::passwordHash))) {
            throttle.succeeded(username);
            return new Accepted(account.orElseThrow());
        }
        holdBack(throttle.failed(username, address));
        return new Refused();
    }

    private static void holdBack(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

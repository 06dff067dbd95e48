package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.app.problems.DatabaseOutage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down, then refuses for a while, the sign-ins of a user name or from an address after repeated failures
 * ({@code security.sign-in.*}). A name is counted whether or not an account bears it, so that the answers do not
 * tell which names exist. The counts live in the database: every node sees the same ones.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final String NAME = "name:";
    private static final String ADDRESS = "address:";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    SignInFailureRows rows;

    @Inject
    @ConfigProperty(name = "security.sign-in.window", defaultValue = "PT15M")
    Duration window;
    @Inject
    @ConfigProperty(name = "security.sign-in.lock-for", defaultValue = "PT15M")
    Duration lockFor;
    @Inject
    @ConfigProperty(name = "security.sign-in.slow-step", defaultValue = "PT0.5S")
    Duration slowStep;
    @Inject
    @ConfigProperty(name = "security.sign-in.slow-max", defaultValue = "PT3S")
    Duration slowMax;
    @Inject
    @ConfigProperty(name = "security.sign-in.name.slow-after", defaultValue = "3")
    int nameSlowAfter;
    @Inject
    @ConfigProperty(name = "security.sign-in.name.lock-after", defaultValue = "10")
    int nameLockAfter;
    @Inject
    @ConfigProperty(name = "security.sign-in.address.slow-after", defaultValue = "20")
    int addressSlowAfter;
    @Inject
    @ConfigProperty(name = "security.sign-in.address.lock-after", defaultValue = "100")
    int addressLockAfter;
    @Inject
    @ConfigProperty(name = "security.sign-in.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    private SignInLimits names;
    private SignInLimits addresses;

    @PostConstruct
    void configure() {
        names = new SignInLimits(window, nameSlowAfter, nameLockAfter, lockFor, slowStep, slowMax);
        addresses = new SignInLimits(window, addressSlowAfter, addressLockAfter, lockFor, slowStep, slowMax);
    }

    /** How long sign-ins with this name or from this address are still refused, if they are. */
    Optional<Duration> refusedFor(String username, String address) {
        return rows.refusedFor(List.of(nameSubject(username), ADDRESS + address));
    }

    /** Counts a failure against the name and the address; answers how long to hold the answer back. */
    Duration failed(String username, String address) {
        Duration byName = names.slowdown(count(nameSubject(username), names));
        Duration byAddress = addresses.slowdown(count(ADDRESS + address, addresses));
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** The name signed in: its earlier failures are forgotten (the address's are not). */
    void succeeded(String username) {
        rows.forget(nameSubject(username));
    }

    /**
     * The address the attempt comes from: the connection's, or, behind a reverse proxy that says so
     * ({@code security.sign-in.trust-forwarded-for}), the last one of {@code X-Forwarded-For}, which the proxy
     * itself added (the earlier ones are the client's to choose).
     */
    public String addressOf(HttpServletRequest request) {
        String forwarded = trustForwardedFor ? request.getHeader(FORWARDED_FOR) : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return request.getRemoteAddr();
    }

    private int count(String subject, SignInLimits limits) {
        try {
            return rows.fail(subject, limits);
        } catch (RuntimeException e) {
            if (DatabaseOutage.among(e)) {
                throw e;
            }
            // another node inserted the subject's first failure meanwhile (whatever layer reports the duplicate key)
            return rows.fail(subject, limits);
        }
    }

    /** Names are compared without case, and cut to the column's length: any text the client sends is counted. */
    private static String nameSubject(String username) {
        String name = NAME + username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}

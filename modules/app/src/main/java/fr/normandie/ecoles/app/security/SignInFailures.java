package fr.normandie.ecoles.app.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The failed sign-ins counted against one subject (a user name, known or not, or an address) within the current
 * window, and until when it is refused. Updated under its row's lock, so that every node counts each failure once.
 */
@Entity
@Table(name = "sign_in_throttle", schema = "accounts")
class SignInFailures {

    @Id
    private String subject;
    private int failures;
    @Column(name = "window_start")
    private LocalDateTime windowStart;
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInFailures() {
    }

    SignInFailures(String subject, LocalDateTime now) {
        this.subject = subject;
        this.windowStart = now;
    }

    /**
     * Counts one more failure at {@code now}: the count starts again once the window has passed; at the limit the
     * subject is refused for a while and its count starts again.
     * @return the failures counted in the window, the one just now included (zero when it locked the subject)
     */
    int fail(LocalDateTime now, SignInLimits limits) {
        if (!windowStart.plus(limits.window()).isAfter(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= limits.lockAfter()) {
            lockedUntil = now.plus(limits.lockFor());
            failures = 0;
            windowStart = now;
        }
        return failures;
    }

    /** How long the subject is still refused at {@code now}, if it is. */
    Optional<Duration> refusedFor(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }
}

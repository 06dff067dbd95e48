package fr.normandie.ecoles.app.security;

import java.time.Duration;

/**
 * The throttling of one kind of subject (user names, addresses): failures within {@code window} beyond
 * {@code slowAfter} are answered each {@code slowStep} later than the one before (at most {@code slowMax}); at
 * {@code lockAfter} the subject is refused for {@code lockFor}.
 */
record SignInLimits(Duration window, int slowAfter, int lockAfter, Duration lockFor, Duration slowStep,
                    Duration slowMax) {

    SignInLimits {
        if (slowAfter < 0 || lockAfter < 1 || window.isNegative() || lockFor.isNegative()
                || slowStep.isNegative() || slowMax.isNegative()) {
            throw new IllegalArgumentException("security.sign-in.*: counts and durations must be positive");
        }
    }

    /** How much later than at full speed the answer to the n-th failure in the window goes out. */
    Duration slowdown(int failures) {
        if (failures <= slowAfter) {
            return Duration.ZERO;
        }
        Duration delay = slowStep.multipliedBy(failures - slowAfter);
        return delay.compareTo(slowMax) > 0 ? slowMax : delay;
    }
}

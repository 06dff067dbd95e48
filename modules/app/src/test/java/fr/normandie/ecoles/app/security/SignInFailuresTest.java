package fr.normandie.ecoles.app.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInFailuresTest {

    private static final SignInLimits LIMITS = new SignInLimits(Duration.ofMinutes(15), 3, 10, Duration.ofMinutes(15),
            Duration.ofMillis(500), Duration.ofSeconds(3));
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

    @Test
    void answersAtFullSpeedUpToSlowAfterThenLaterAndLaterUpToTheMaximum() {
        assertThat(LIMITS.slowdown(3)).isZero();
        assertThat(LIMITS.slowdown(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(LIMITS.slowdown(6)).isEqualTo(Duration.ofMillis(1500));
        assertThat(LIMITS.slowdown(9)).isEqualTo(Duration.ofSeconds(3));
        assertThat(LIMITS.slowdown(0)).as("the failure that locked").isZero();
    }

    @Test
    void refusesTheSubjectForTheLockDurationAtTheLimitThenCountsAgainFromZero() {
        SignInFailures failures = new SignInFailures("name:someone", NOON);
        for (int i = 1; i < 10; i++) {
            assertThat(failures.fail(NOON.plusSeconds(i), LIMITS)).isEqualTo(i);
            assertThat(failures.refusedFor(NOON.plusSeconds(i))).isEmpty();
        }
        assertThat(failures.fail(NOON.plusSeconds(10), LIMITS)).isZero();
        assertThat(failures.refusedFor(NOON.plusSeconds(10))).contains(Duration.ofMinutes(15));
        assertThat(failures.refusedFor(NOON.plusSeconds(10).plusMinutes(15))).isEmpty();
        assertThat(failures.fail(NOON.plusMinutes(16), LIMITS)).isEqualTo(1);
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        SignInFailures failures = new SignInFailures("address:192.0.2.1", NOON);
        failures.fail(NOON, LIMITS);
        failures.fail(NOON.plusMinutes(1), LIMITS);
        assertThat(failures.fail(NOON.plusMinutes(15), LIMITS)).as("the window started at noon is over").isEqualTo(1);
    }

    @Test
    void refusesNegativeSettings() {
        assertThatThrownBy(() -> new SignInLimits(Duration.ofMinutes(15), 3, 0, Duration.ofMinutes(15),
                Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}

package fr.normandie.ecoles.app.persistence;

import java.time.Duration;
import java.util.Optional;

/**
 * How a node behaves while it starts: how long it waits for its database (and then for another node's
 * {@link StartupLock}), and whether a failed start ends its process ({@link StartupFailure}). Read from the
 * environment ({@code STARTUP_DATABASE_TIMEOUT}, an ISO-8601 duration, default {@code PT2M};
 * {@code STARTUP_EXIT_ON_FAILURE}, default {@code true}) or the system properties {@code startup.database-timeout}
 * and {@code startup.exit-on-failure}, as {@link DatabaseSettings}: the datasource needs them before the
 * application's configuration is up.
 */
public record StartupSettings(Duration databaseTimeout, boolean exitOnFailure) {

    public static StartupSettings fromEnvironment() {
        return new StartupSettings(
                Duration.parse(setting("STARTUP_DATABASE_TIMEOUT", "startup.database-timeout").orElse("PT2M")),
                Boolean.parseBoolean(setting("STARTUP_EXIT_ON_FAILURE", "startup.exit-on-failure").orElse("true")));
    }

    private static Optional<String> setting(String environment, String property) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(environment)))
                .filter(s -> !s.isBlank());
    }
}

package fr.normandie.ecoles.app.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives. {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} (environment, or the system
 * properties {@code db.url}, {@code db.user}, {@code db.password}) name a PostgreSQL database; with no
 * {@code DB_URL} the application runs on an embedded H2 file database under {@code DATA_DIR}
 * (default {@code ./data}), with demonstration data.
 */
public record DatabaseSettings(Optional<String> url, String user, String password, Path dataDirectory) {

    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                setting("DB_URL", "db.url").filter(s -> !s.isBlank()),
                setting("DB_USER", "db.user").orElse(""),
                setting("DB_PASSWORD", "db.password").orElse(""),
                Path.of(setting("DATA_DIR", "data.dir").orElse("data")).toAbsolutePath());
    }

    /** No database configured: the embedded default, with demonstration data and accounts. */
    public boolean embedded() {
        return url.isEmpty();
    }

    String jdbcUrl() {
        return url.orElseGet(() -> "jdbc:h2:file:" + dataDirectory.resolve("ecoles") + ";DB_CLOSE_ON_EXIT=FALSE" + DURABLE_COMMITS);
    }

    /**
     * H2 acknowledges a commit before writing it: its store is written by a background thread up to
     * {@code WRITE_DELAY} (500 ms) later, so a killed process loses the commits of its last half-second, and
     * those of a step are the engine's and the file's rows together. With no delay every commit that changed
     * something writes the store's new chunk (one atomic unit, checksummed) to the file before the commit
     * returns: a killed process (kill -9, out of memory) loses nothing it acknowledged. The file is not
     * forced to the disk at each commit (H2 has no such setting): a power cut of the machine may still lose
     * the last commits; a Region that cannot accept that runs on PostgreSQL.
     */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

    private static Optional<String> setting(String environment, String property) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(environment)));
    }
}

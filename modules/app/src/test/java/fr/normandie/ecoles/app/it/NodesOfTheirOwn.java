package fr.normandie.ecoles.app.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the classes that start Payara Micro nodes of their own ({@code java -jar payara-micro.jar} or {@code ./run},
 * no Arquillian) share, so that they run beside the classes of the shared deployment instead of after them
 * (junit-platform.properties: {@code @Execution(CONCURRENT)} on each, and {@link #LOCK} so that they run one at a
 * time among themselves, on two cores). Running beside the shared node, a node of their own must not touch what
 * the shared node's tests observe: its own database ({@link #recreateDatabase}) and its mails kept to itself
 * ({@link #keepMailsToThemselves}), not sent to the SMTP server {@code NotificationsIT} counts mails on.
 */
final class NodesOfTheirOwn {

    /** The resource the classes with nodes of their own hold while they run: one of them at a time. */
    static final String LOCK = "nodes of their own";

    /**
     * How long a node of their own may take to be ready: it boots while the shared node works (or boots), on a
     * machine that may be loaded besides (a deployment took 288 s at a load average of 30 here).
     */
    static final Duration READY_WITHIN = Duration.ofMinutes(20);

    private NodesOfTheirOwn() {
    }

    /** A node's mails written as files in {@code dataDirectory} (the embedded default), not sent to the test's SMTP server. */
    static void keepMailsToThemselves(Map<String, String> environment, Path dataDirectory) {
        environment.keySet().removeAll(List.of("SMTP_HOST", "SMTP_PORT"));
        environment.put("DATA_DIR", dataDirectory.toString());
    }

    /** An empty database {@code <test database>_<suffix>}, made by the test's database user (allowed to); its URL. */
    static String recreateDatabase(String suffix) throws SQLException {
        String url = System.getenv("DB_URL") + "_" + suffix;
        dropDatabase(url);
        try (Connection connection = connect(System.getenv("DB_URL")); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name(url));
        }
        return url;
    }

    static void dropDatabase(String url) throws SQLException {
        try (Connection connection = connect(System.getenv("DB_URL")); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name(url) + " with (force)");
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}

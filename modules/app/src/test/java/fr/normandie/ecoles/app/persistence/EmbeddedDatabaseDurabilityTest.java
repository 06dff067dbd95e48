package fr.normandie.ecoles.app.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps what it acknowledged when its process is killed: a separate JVM commits
 * transactions on the H2 file database as the application opens it, each writing a row in two tables (as a
 * step writes the engine's rows and the file's), and says so after each commit; it is killed with SIGKILL while
 * it writes; every transaction it acknowledged must then be there, whole. With H2's default write delay the
 * last half-second of acknowledged commits is lost (measured: tens of transactions at each kill).
 */
class EmbeddedDatabaseDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path data;

    @Test
    void aKilledProcessLosesNoAcknowledgedCommit() throws Exception {
        String url = settings().jdbcUrl();
        Set<Integer> acknowledged = new HashSet<>();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                acknowledged.add(Integer.parseInt(line));
                if (acknowledged.size() == ACKNOWLEDGED_BEFORE_KILL) {
                    writer.toHandle().destroyForcibly(); // SIGKILL while it is committing; its output stays readable
                }
            }
        }
        writer.waitFor();
        assertThat(acknowledged).as("commits acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "ecoles", "")) {
            Set<Integer> steps = ids(connection, "step");
            Set<Integer> files = ids(connection, "file");
            assertThat(steps).as("acknowledged transactions found after the restart").containsAll(acknowledged);
            assertThat(files).as("each transaction whole: its two rows or neither").isEqualTo(steps);
        }
    }

    private DatabaseSettings settings() {
        return new DatabaseSettings(Optional.empty(), "", "", data);
    }

    private static Set<Integer> ids(Connection connection, String table) throws SQLException {
        Set<Integer> ids = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select id from " + table)) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids;
    }

    /** The process that is killed: commits one transaction after another and prints each one's id once committed. */
    public static final class Writer {
        public static void main(String[] args) throws SQLException, IOException {
            try (Connection connection = DriverManager.getConnection(args[0], "ecoles", "")) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("step", "file")) {
                        statement.execute("create table " + table + " (id int primary key, payload varchar(2000))");
                    }
                }
                connection.setAutoCommit(false);
                String payload = "x".repeat(1500);
                for (int id = 0; ; id++) {
                    for (String table : List.of("step", "file")) {
                        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " values (?, ?)")) {
                            insert.setInt(1, id);
                            insert.setString(2, payload);
                            insert.executeUpdate();
                        }
                    }
                    connection.commit();
                    System.out.println(id);
                    System.out.flush();
                }
            }
        }
    }
}

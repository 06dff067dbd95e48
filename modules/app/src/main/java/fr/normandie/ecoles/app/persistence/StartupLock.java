package fr.normandie.ecoles.app.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The lock under which a node writes the schemas at start-up: the modules' migrations, the engine's tables and
 * its deployments, the first accounts. Nodes started together on one database take turns: the first creates
 * or upgrades everything, the others then find it done. Without it two nodes on an empty database both created
 * the engine's tables (ENGINE-03017, half the tables left) and deployed the same process twice.
 * <p>
 * On PostgreSQL a session-level advisory lock, held on a connection of its own (outside any transaction) and
 * released when that session ends, whichever way the node stops. The embedded H2 file is opened by one process
 * only: nothing to take there.
 */
@ApplicationScoped
public class StartupLock {

    /** The advisory lock's key, the same for every version of the application: "ecoles" in ASCII. */
    static final long KEY = 0x65636f6c6573L;

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Held until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for the lock, at most {@code timeout} (another node may be migrating a large database), then holds it.
     *
     * @throws IllegalStateException when the lock is still taken after {@code timeout}, or the database fails
     */
    public Held acquire(Duration timeout) {
        if (DatabaseSettings.fromEnvironment().embedded()) {
            return () -> { };
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean told = false;
            while (!tryLock(connection)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Le verrou de démarrage est encore tenu par un autre nœud après "
                            + timeout + " : sa mise à jour du schéma dure trop ou il est bloqué");
                }
                if (!told) {
                    LOG.info("Un autre nœud crée ou met à jour le schéma : attente de son verrou de démarrage");
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
            Connection holder = connection;
            return () -> release(holder);
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("Impossible de prendre le verrou de démarrage", e);
        } catch (InterruptedException e) {
            close(connection);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrompu en attendant le verrou de démarrage", e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void release(Connection connection) {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            LOG.warning(() -> "Verrou de démarrage non rendu (il le sera à la fin de la session) : " + e.getMessage());
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection; the session's end frees the lock anyway
            }
        }
    }
}

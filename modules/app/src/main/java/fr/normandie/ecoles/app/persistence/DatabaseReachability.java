package fr.normandie.ecoles.app.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Waits at start-up for the database to answer: a node started with (or before) its database, or while the
 * database restarts, keeps trying for a bounded time instead of failing at once or waiting forever.
 */
@ApplicationScoped
public class DatabaseReachability {

    private static final Logger LOG = Logger.getLogger(DatabaseReachability.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(2);

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    /**
     * Returns once a connection could be opened.
     *
     * @throws IllegalStateException naming the last refusal when none could be opened within {@code timeout}
     */
    public void await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int attempts = 0;
        while (true) {
            attempts++;
            try (Connection connection = dataSource.getConnection()) {
                if (attempts > 1) {
                    int tries = attempts;
                    LOG.info(() -> "Base de données joignable après " + tries + " tentatives");
                }
                return;
            } catch (SQLException refused) {
                if (System.nanoTime() + RETRY.toNanos() > deadline) {
                    throw new IllegalStateException("Base de données injoignable après " + timeout + " (" + attempts
                            + " tentatives) : " + rootMessage(refused), refused);
                }
                if (attempts == 1) {
                    LOG.warning(() -> "Base de données injoignable, nouvelle tentative toutes les " + RETRY.toSeconds()
                            + " s pendant " + timeout + " : " + rootMessage(refused));
                }
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrompu en attendant la base de données", e);
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

package fr.normandie.ecoles.app.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The physical data source behind the container's pool ({@link ApplicationDataSource}): PostgreSQL when
 * {@code DB_URL} is set, the embedded H2 file database otherwise. Chosen once, from the environment, so
 * the same WAR serves both without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static volatile boolean starting = true;

    private final DataSource target;
    private final UnaryOperator<Connection> wrapped = ConnectionWrapper.installed();

    public ConfiguredDataSource() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        if (settings.embedded()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.jdbcUrl());
            h2.setUser("ecoles");
            h2.setPassword("");
            target = h2;
        } else {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(settings.jdbcUrl());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            postgres.setReWriteBatchedInserts(true);
            // untyped nulls (an empty optional UUID column) must not be sent as character varying
            postgres.setStringType("unspecified");
            target = postgres;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrapped.apply(starting ? connectWhileStarting() : target.getConnection());
    }

    /** The start-up is over: from now on a refused connection fails at once (the pool copes with outages). */
    public static void started() {
        starting = false;
    }

    /**
     * Keeps trying while the application starts, at most {@link StartupSettings#databaseTimeout()} from the first
     * refusal: the persistence unit asks for its first connection as the WAR deploys, before any of the
     * application's code runs, and would otherwise fail the deployment at once. Past that delay the node ends
     * ({@link StartupFailure}) with the database's last refusal as its message.
     */
    private Connection connectWhileStarting() throws SQLException {
        StartupSettings settings = StartupSettings.fromEnvironment();
        long deadline = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                Connection connection = target.getConnection();
                if (attempt > 1) {
                    int attempts = attempt;
                    LOG.info(() -> "Base de données joignable après " + attempts + " tentatives");
                }
                return connection;
            } catch (SQLException refused) {
                if (attempt == 1) {
                    deadline = System.nanoTime() + settings.databaseTimeout().toNanos();
                }
                if (System.nanoTime() + RETRY.toNanos() > deadline) {
                    StartupFailure.report(new IllegalStateException("Base de données injoignable après "
                            + settings.databaseTimeout() + " (" + attempt + " tentative(s)) : " + refused.getMessage(),
                            refused), settings.exitOnFailure());
                    throw refused;
                }
                if (attempt == 1) {
                    LOG.warning(() -> "Base de données injoignable, nouvelle tentative toutes les " + RETRY.toSeconds()
                            + " s pendant " + settings.databaseTimeout() + " : " + refused.getMessage());
                }
                pause();
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrompu en attendant la base de données", e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}

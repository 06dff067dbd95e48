package fr.normandie.ecoles.app.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The physical data source behind the container's pool ({@link ApplicationDataSource}): PostgreSQL when
 * {@code DB_URL} is set, the embedded H2 file database otherwise. Chosen once, from the environment, so
 * the same WAR serves both without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource target;

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
        return SqlStatementCount.counting(target.getConnection());
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

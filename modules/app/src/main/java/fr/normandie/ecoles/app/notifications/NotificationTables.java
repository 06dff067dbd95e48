package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.persistence.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifications' tables, in SQL through the application's datasource (the outbox is claimed with
 * {@code for update skip locked}, which JPQL cannot say). Inside a container transaction the connection is the
 * transaction's: what is written here commits or rolls back with the event that caused it.
 */
@ApplicationScoped
public class NotificationTables {

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    <T> List<T> query(String sql, RowReader<T> reader, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, values);
             ResultSet rows = statement.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the notifications' tables: " + e.getMessage(), e);
        }
    }

    int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the notifications' tables: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : values[i]);
        }
        return statement;
    }

    /** A timestamp column as an instant (null stays null). */
    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package fr.normandie.ecoles.app.persistence;

import java.sql.Connection;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;

/**
 * Wraps every connection the datasource hands out. The production WAR has none; the benchmark's build
 * ({@code -Pbench}) adds its statement counter from {@code src/bench} as a service of this type, so that what
 * only the benchmark needs never ships.
 */
public interface ConnectionWrapper {

    Connection wrap(Connection connection);

    /** The wrappers found in the application's class path, applied in turn; none: the connection as it is. */
    static UnaryOperator<Connection> installed() {
        UnaryOperator<Connection> all = UnaryOperator.identity();
        for (ConnectionWrapper wrapper : ServiceLoader.load(ConnectionWrapper.class, ConnectionWrapper.class.getClassLoader())) {
            UnaryOperator<Connection> before = all;
            all = connection -> wrapper.wrap(before.apply(connection));
        }
        return all;
    }
}

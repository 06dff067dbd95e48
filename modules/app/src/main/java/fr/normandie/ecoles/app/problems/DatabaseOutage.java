package fr.normandie.ecoles.app.problems;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure caused by the database being out of reach, however deep the layers wrapped it: the
 * validator (a constraint that reads the database, {@code HV000028}), the persistence provider, the process
 * engine, an enterprise bean or the transaction. Such a request is answered 503 with {@code Retry-After}
 * rather than as the server's error: nothing is wrong with it, it may be sent again in a moment.
 */
public final class DatabaseOutage {

    /** How long a client should wait before sending the request again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's
     * administrator shutdown, crash shutdown and "cannot connect now" (starting up or shutting down).
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** True when the exception or one of its causes says the database could not be reached. */
    public static boolean among(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException || cause instanceof SocketException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState());
        }
        // the container's pool: "Error in allocating a connection", whatever its resource adapter's type
        return cause.getClass().getName().startsWith("jakarta.resource.")
                || cause.getClass().getName().startsWith("com.sun.appserv.connectors.internal.api.PoolingException");
    }

    /** The problem detail of a request that met the outage (or came while the application starts). */
    public static Problem problem() {
        return Problem.of(503, "Service momentanément indisponible", "Le service est momentanément "
                + "indisponible (démarrage ou base de données injoignable) : rien n'a été enregistré. "
                + "Réessayez dans quelques secondes.");
    }
}

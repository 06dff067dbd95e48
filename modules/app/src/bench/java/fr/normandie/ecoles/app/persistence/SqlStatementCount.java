package fr.normandie.ecoles.app.persistence;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For the benchmark only ({@code BENCH_SQL_COUNT=true}, or the system property {@code bench.sql-count}):
 * counts every statement the application sends to the database, whichever component sends it (EclipseLink,
 * the engine, the identity store), so that the benchmark can show how many statements a request costs.
 * Off by default: connections are then handed over untouched. Built into the WAR by {@code -Pbench} only
 * ({@code src/bench}), found by the datasource as a {@link ConnectionWrapper}.
 */
public final class SqlStatementCount implements ConnectionWrapper {

    private static final boolean ENABLED = Boolean.parseBoolean(Optional.ofNullable(System.getProperty("bench.sql-count"))
            .orElseGet(() -> System.getenv("BENCH_SQL_COUNT")));
    private static final AtomicLong EXECUTED = new AtomicLong();
    private static final PrintStream LOG = openLog();

    /** For the service loader. */
    public SqlStatementCount() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Statements executed since the start (a batch counts once: it is one round trip). */
    public static long executed() {
        if (LOG != null) {
            LOG.println("---- " + EXECUTED.get());
        }
        return EXECUTED.get();
    }

    @Override
    public Connection wrap(Connection connection) {
        return ENABLED ? proxy(Connection.class, connection, null) : connection;
    }

    /**
     * With the system property {@code bench.sql-log=<file>}: every statement's text, one a line after the thread
     * that sent it, and a line {@code ---- <count>} each time the benchmark reads the count (between the requests it
     * measures alone), to see which statements a request sends (issue 18).
     */
    private static PrintStream openLog() {
        String file = System.getProperty("bench.sql-log");
        try {
            return file == null ? null : new PrintStream(new FileOutputStream(file, true), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T proxy(Class<T> type, Object target, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                EXECUTED.incrementAndGet();
                if (LOG != null) {
                    String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                    LOG.println(Thread.currentThread().getName() + "\t" + method.getName() + "\t"
                            + String.valueOf(text).replaceAll("\\s+", " "));
                }
            }
            Object result = invoke(method, target, args);
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy(method.getReturnType(), statement,
                        args != null && args.length > 0 && args[0] instanceof String s ? s : null);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(SqlStatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

package fr.normandie.ecoles.app.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lets at most {@code http.concurrent-writes} requests that may write (every method but GET, HEAD and OPTIONS) run
 * at once; the others wait their turn, in order, for at most {@code http.write-wait}, then get the 503 answer
 * ({@link Unavailable}: nothing written, try again).
 * <p>
 * Why: a write can hold two of the pool's connections at once. The engine keeps its connection for a whole command
 * and EclipseLink its own from its first statement to the transaction's end, and the container lets a second user
 * of the transaction share a non-XA connection only once the first has closed it. Forty registrations at once then
 * each held one connection and waited for another, and the pool (32, {@code ApplicationDataSource}) ran dry after
 * its 10 s wait: 503s although the database was idle. With 12 writes at a time (two connections each) and the
 * engine's job executor (3 threads) and the outbox worker beside them, the pool always has a connection for
 * whoever holds one already. Reads hold one connection at a time and are not counted.
 */
@WebFilter(filterName = "WriteAdmission", urlPatterns = "/*", asyncSupported = true)
public class WriteAdmission extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WriteAdmission.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = "http.concurrent-writes", defaultValue = "12")
    int concurrentWrites;

    @Inject
    @ConfigProperty(name = "http.write-wait", defaultValue = "PT60S")
    Duration writeWait;

    private transient Semaphore turns;

    @Override
    public void init() throws ServletException {
        if (concurrentWrites < 1) {
            throw new ServletException("http.concurrent-writes doit être au moins 1 : " + concurrentWrites);
        }
        turns = new Semaphore(concurrentWrites, true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!awaitTurn()) {
            LOG.warning(() -> "Écriture refusée après " + writeWait + " d'attente (" + concurrentWrites
                    + " en cours) : " + request.getMethod() + " " + request.getRequestURI());
            Unavailable.answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(writeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package fr.normandie.ecoles.app.persistence;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a node does when its start-up fails (database unreachable past its delay, migrations or deployment
 * refused): it says why at SEVERE and ends its process with status 1, so that a supervisor (systemd, Docker,
 * Kubernetes) restarts it or shows the failure. Payara Micro would otherwise keep running with nothing deployed,
 * its readiness DOWN for ever. {@code STARTUP_EXIT_ON_FAILURE=false} keeps the process up (to inspect it).
 */
public final class StartupFailure {

    static final int EXIT_STATUS = 1;
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    /** Payara's shutdown may wait for the failed deployment that called it: past this delay the JVM is halted. */
    private static final Duration HALT_AFTER = Duration.ofSeconds(20);

    private StartupFailure() {
    }

    /**
     * Logs the failure; when {@code exit}, ends the process from another thread, so that the deployment thread
     * (which holds the container's deployment locks) can return and let the shutdown hooks run. Only the first
     * failure is reported: the others follow from it.
     */
    public static void report(Throwable failure, boolean exit) {
        if (!REPORTED.compareAndSet(false, true)) {
            return;
        }
        LOG.log(Level.SEVERE, "Échec du démarrage : " + failure.getMessage()
                + (exit ? " ; arrêt du processus (statut " + EXIT_STATUS + ")" : " ; le processus reste en vie, "
                        + "sans application (STARTUP_EXIT_ON_FAILURE=false)"), failure);
        if (exit) {
            Thread exiting = new Thread(() -> System.exit(EXIT_STATUS), "ecoles-startup-failure-exit");
            Thread halting = new Thread(StartupFailure::haltLater, "ecoles-startup-failure-halt");
            halting.setDaemon(true);
            halting.start();
            exiting.start();
        }
    }

    private static void haltLater() {
        try {
            Thread.sleep(HALT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}

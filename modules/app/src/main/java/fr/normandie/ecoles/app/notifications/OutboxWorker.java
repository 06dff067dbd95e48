package fr.normandie.ecoles.app.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code notifications.poll-interval}, on a container-managed thread of each node: gathers the digests due,
 * then sends the outbox until nothing is due. The nodes share the work through the database's row locks.
 * Every {@code notifications.due-check-interval}, it also tells of what falls due ({@link DueNotices}).
 * The rounds and the checks done are counted in the metrics ({@code ecoles_notifications_rounds},
 * {@code ecoles_due_checks}): an operator sees the worker alive, and a test knows that a round has passed since it
 * looked, instead of sleeping for a guessed while.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "notifications.poll-interval", defaultValue = "PT10S")
    Duration pollInterval;

    @Inject
    DueNotices dueNotices;

    @Inject
    @ConfigProperty(name = "notifications.due-check-interval", defaultValue = "PT1H")
    Duration dueCheckInterval;

    @Inject
    @Metric(name = "ecoles_notifications_rounds", absolute = true,
            description = "Passages de la boîte d'envoi terminés sur ce nœud (résumés rassemblés, courriels dus envoyés)")
    Counter rounds;

    @Inject
    @Metric(name = "ecoles_due_checks", absolute = true,
            description = "Recherches d'échéances (actions correctives, versements) terminées sur ce nœud")
    Counter dueChecks;

    private ScheduledFuture<?> running;

    private ScheduledFuture<?> checkingDue;

    /** Starts the rounds, once the tables exist (called at the end of the application's start-up). */
    public synchronized void start() {
        if (running == null) {
            running = scheduler.scheduleWithFixedDelay(this::round, pollInterval.toMillis(), pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (checkingDue == null) {
            checkingDue = scheduler.scheduleWithFixedDelay(this::checkDue, pollInterval.toMillis(),
                    dueCheckInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One round; a failure is logged and the next round tries again (an exception would end the schedule). */
    void round() {
        try {
            delivery.gatherDigests();
            while (delivery.deliverNext()) {
                // the next mail due
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Envoi des notifications interrompu, repris au prochain passage", failure);
        }
        rounds.inc();
    }

    /** One check of what falls due (its failures are its own business: {@link DueNotices#check}), then counted. */
    void checkDue() {
        dueNotices.check();
        dueChecks.inc();
    }

    @PreDestroy
    synchronized void stop() {
        if (running != null) {
            running.cancel(false);
        }
        if (checkingDue != null) {
            checkingDue.cancel(false);
        }
    }
}

package fr.normandie.ecoles.app.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code notifications.poll-interval}, on a container-managed thread of each node: gathers the digests due,
 * then sends the outbox until nothing is due. The nodes share the work through the database's row locks.
 * Every {@code notifications.due-check-interval}, it also tells of what falls due ({@link DueNotices}).
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

    private ScheduledFuture<?> running;

    private ScheduledFuture<?> checkingDue;

    /** Starts the rounds, once the tables exist (called at the end of the application's start-up). */
    public synchronized void start() {
        if (running == null) {
            running = scheduler.scheduleWithFixedDelay(this::round, pollInterval.toMillis(), pollInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        if (checkingDue == null) {
            checkingDue = scheduler.scheduleWithFixedDelay(dueNotices::check, pollInterval.toMillis(),
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

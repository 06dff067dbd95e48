package fr.normandie.ecoles.app.operations;

import fr.normandie.ecoles.workflow.FailedJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The incidents (background jobs failed with no retry left) as a metric: {@code ecoles_incidents}. */
@ApplicationScoped
public class IncidentsGauge {

    @Inject
    FailedJobs failedJobs;

    /** Created with the application, so that the gauge is registered before anyone asks for it. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing more: being created registers the gauge
    }

    /** -1 while the count cannot be read (engine not started, database out of reach). */
    @Gauge(name = "ecoles_incidents", unit = MetricUnits.NONE, absolute = true,
            description = "Tâches de fond du moteur (relances, minuteurs de réaudit) en échec sans nouvel essai")
    public long incidents() {
        try {
            return failedJobs.incidentCount();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}

package fr.normandie.ecoles.app.operations;

import fr.normandie.ecoles.workflow.FailedJobs;
import fr.normandie.ecoles.workflow.WorkflowEngine;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the process engine runs its job executor (reminders and re-audit timers fire). Its details
 * count the incidents, the background jobs that failed with no retry left, so that none goes unnoticed;
 * they do not make the node unready, since another node would fail them the same way.
 */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Inject
    WorkflowEngine engine;

    @Inject
    FailedJobs failedJobs;

    /** While the application starts, its enterprise beans refuse every call: the engine is not running yet. */
    private boolean running() {
        try {
            return engine.running();
        } catch (EJBException starting) {
            return false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("ecoles-moteur-de-processus");
        if (!running()) {
            return response.down().withData("erreur", "moteur de processus arrêté ou pas encore démarré").build();
        }
        try {
            return response.up().withData("incidents", failedJobs.incidentCount()).build();
        } catch (RuntimeException e) {
            return response.up().withData("incidents", "inconnu (base de données injoignable)").build();
        }
    }
}

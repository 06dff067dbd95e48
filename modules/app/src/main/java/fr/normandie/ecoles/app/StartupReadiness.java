package fr.normandie.ecoles.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the start-up sequence has finished: migrations, engine, accounts, demonstration data. */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

    private volatile boolean ready;

    void ready() {
        ready = true;
    }

    /** The start-up sequence has finished: until then every request is answered 503. */
    public boolean started() {
        return ready;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ecoles-demarrage").status(ready).build();
    }
}

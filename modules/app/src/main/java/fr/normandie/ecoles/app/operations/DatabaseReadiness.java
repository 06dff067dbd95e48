package fr.normandie.ecoles.app.operations;

import fr.normandie.ecoles.app.persistence.ConfiguredDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready while the database answers. Asked on a connection of its own, outside the pool: a pool busy under
 * load is not an outage, and a probe must not wait for the pool's connections (ten seconds at most).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** How long the probe waits for the database, in seconds. */
    static final int TIMEOUT_SECONDS = 2;

    private final ConfiguredDataSource database = new ConfiguredDataSource();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("ecoles-base-de-donnees");
        try {
            database.setLoginTimeout(TIMEOUT_SECONDS);
            try (Connection connection = database.getConnection()) {
                return connection.isValid(TIMEOUT_SECONDS) ? response.up().build()
                        : response.down().withData("erreur", "la base de données ne répond pas").build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("erreur", "base de données injoignable : " + e.getMessage()).build();
        }
    }
}

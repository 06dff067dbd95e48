package fr.normandie.ecoles.app.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application, pooled by the container: EclipseLink and the process engine
 * both take their connections from it, so that inside a transaction they share one connection.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "fr.normandie.ecoles.app.persistence.ConfiguredDataSource",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            // checked when handed out at most once a minute, not at every checkout (a round trip each time)
            "fish.payara.validate-atmost-once-period-in-seconds=60",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/ecoles";
}

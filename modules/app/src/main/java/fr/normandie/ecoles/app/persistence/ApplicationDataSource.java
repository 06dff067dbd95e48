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
            // checked when handed out, at most every 2 seconds (not a round trip at every checkout); the first
            // connection found broken (the database restarted) drops every pooled one at once, so requests
            // fail for about that long after the database is back, not until each connection was tried
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
@ApplicationScoped
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/ecoles";
}

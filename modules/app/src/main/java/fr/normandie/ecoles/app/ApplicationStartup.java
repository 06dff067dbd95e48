package fr.normandie.ecoles.app;

import fr.normandie.ecoles.app.demo.DemoData;
import fr.normandie.ecoles.app.persistence.DatabaseMigrations;
import fr.normandie.ecoles.app.persistence.DatabaseSettings;
import fr.normandie.ecoles.app.security.StartupAccounts;
import fr.normandie.ecoles.workflow.WorkflowEngine;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

/**
 * Brings the application up, in order: each module's tables, then the process engine (its job executor
 * may at once run timers that touch those tables), then the start-up accounts and, on the embedded
 * default, the demonstration data. Until this is done, {@code /health/ready} answers DOWN.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @Inject
    DatabaseMigrations migrations;

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    StartupAccounts startupAccounts;

    @Inject
    DemoData demoData;

    @Inject
    @Readiness
    StartupReadiness readiness;

    @PostConstruct
    void start() {
        DatabaseSettings database = DatabaseSettings.fromEnvironment();
        migrations.migrate();
        workflowEngine.start();
        startupAccounts.ensure(database.embedded());
        if (database.embedded()) {
            demoData.loadIfEmpty();
        }
        readiness.ready();
    }
}

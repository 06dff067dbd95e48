package fr.normandie.ecoles.app;

import fr.normandie.ecoles.app.demo.DemoData;
import fr.normandie.ecoles.app.notifications.OutboxWorker;
import fr.normandie.ecoles.app.persistence.ConfiguredDataSource;
import fr.normandie.ecoles.app.persistence.DatabaseMigrations;
import fr.normandie.ecoles.app.persistence.DatabaseSettings;
import fr.normandie.ecoles.app.persistence.StartupFailure;
import fr.normandie.ecoles.app.persistence.StartupLock;
import fr.normandie.ecoles.app.persistence.StartupSettings;
import fr.normandie.ecoles.app.security.StartupAccounts;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.workflow.WorkflowEngine;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

/**
 * Brings the application up, in order, once the datasource has reached the database (it keeps trying for
 * {@link StartupSettings#databaseTimeout()}): under the {@link StartupLock} that nodes started together take in
 * turn, each module's tables, the process engine's tables and deployments (its job executor may at once run timers
 * that touch the modules' tables), the start-up accounts and, on the embedded default, the demonstration data;
 * last the communes of the reference file, read once before any request needs them. Until this is done,
 * {@code /health/ready} answers DOWN; if it fails, the process ends ({@link StartupFailure}).
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
    StartupLock lock;

    @Inject
    Territory territory;

    @Inject
    @Readiness
    StartupReadiness readiness;

    @Inject
    OutboxWorker notifications;

    @PostConstruct
    void start() {
        StartupSettings settings = StartupSettings.fromEnvironment();
        try {
            DatabaseSettings database = DatabaseSettings.fromEnvironment();
            try (StartupLock.Held held = lock.acquire(settings.databaseTimeout())) {
                migrations.migrate();
                workflowEngine.start();
                startupAccounts.ensure(database.embedded());
                if (database.embedded()) {
                    demoData.loadIfEmpty();
                }
            }
            territory.loadReferenceFile();
            ConfiguredDataSource.started();
            readiness.ready();
            notifications.start();
        } catch (RuntimeException | Error failure) {
            StartupFailure.report(failure, settings.exitOnFailure());
            throw failure;
        }
    }
}

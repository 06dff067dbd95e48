package fr.normandie.ecoles.workflow.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import fr.normandie.ecoles.workflow.WorkflowEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Builds the embedded engine when the application starts it, outside any container transaction, on the application's
 * datasource and the container's transaction manager: a step's domain writes and the engine's token
 * move commit together or not at all. Bean-managed concurrency, so engine calls are never serialised.
 */
@Singleton
@LocalBean
@Local(WorkflowEngine.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap implements WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
    /**
     * The engine logs every refused command (a task completed meanwhile, a validation failure) at SEVERE
     * with a stack trace; those failures reach the caller as problem details, so this logger is silenced.
     * Held here so that its level is not lost to garbage collection.
     */
    private static final Logger COMMAND_LOG = Logger.getLogger("org.camunda.bpm.engine.context");

    static {
        COMMAND_LOG.setLevel(java.util.logging.Level.OFF);
    }

    @Resource(lookup = "java:app/jdbc/ecoles")
    DataSource dataSource;

    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BeanManager beanManager;

    @Inject
    @ConfigProperty(name = "workflow.history-time-to-live", defaultValue = "P3650D")
    String historyTimeToLive;

    @Inject
    @ConfigProperty(name = "workflow.job-executor.pool-size", defaultValue = "3")
    int jobPoolSize;

    @Inject
    @ConfigProperty(name = "workflow.job-executor.queue-size", defaultValue = "50")
    int jobQueueSize;

    private volatile ProcessEngine engine;

    @Override
    public synchronized void start() {
        if (engine != null) {
            return;
        }
        long started = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("ecoles");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setHistoryTimeToLive(historyTimeToLive);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new CdiBeans(beanManager));
        configuration.setJobExecutor(new ManagedJobExecutor(threads, jobPoolSize, jobQueueSize));
        configuration.setJobExecutorActivate(true);
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false); // licence metering of assignees: a row written at every assignment
        ProcessEngine built = configuration.buildProcessEngine();
        deploy(built, SchoolOpeningProcess.KEY, SchoolOpeningProcess.RESOURCE);
        deploy(built, LabelRenewalProcess.KEY, LabelRenewalProcess.RESOURCE);
        engine = built;
        LOG.info(() -> "Moteur de processus prêt en " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** One deployment per process, so that changing one process does not deploy a new version of the other. */
    private static void deploy(ProcessEngine engine, String name, String resource) {
        engine.getRepositoryService().createDeployment()
                .name(name)
                .enableDuplicateFiltering(true)
                .addClasspathResource(resource)
                .deploy();
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The process engine has not been started yet");
        }
        return engine;
    }
}

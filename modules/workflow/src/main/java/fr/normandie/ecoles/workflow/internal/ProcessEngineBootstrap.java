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
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The indexes {@link #indexTasks} adds to the engine's tasks, by name. */
    private static final Map<String, String> TASK_INDEXES = Map.of(
            "ECOLES_IDX_TASK_DUE", "ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_)",
            "ECOLES_IDX_TASK_PARENT", "ACT_RU_TASK (PARENT_TASK_ID_)");

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
    DeployedSteps steps;

    @Inject
    TaskNotices taskNotices;

    @Inject
    TaskRouting taskRouting;

    @Inject
    @ConfigProperty(name = "workflow.history-time-to-live", defaultValue = "P3650D")
    String historyTimeToLive;

    @Inject
    @ConfigProperty(name = "workflow.job-executor.pool-size", defaultValue = "3")
    int jobPoolSize;

    @Inject
    @ConfigProperty(name = "workflow.job-executor.queue-size", defaultValue = "50")
    int jobQueueSize;

    /**
     * How long a node keeps the jobs it acquired for itself. A node killed with jobs acquired leaves them
     * locked that long: the engine's default (5 minutes) delayed a dead node's reminders by as much.
     */
    @Inject
    @ConfigProperty(name = "workflow.job-executor.lock-time", defaultValue = "PT30S")
    Duration jobLockTime;

    /** The longest pause between two acquisitions when there is nothing to do (the engine's default: a minute). */
    @Inject
    @ConfigProperty(name = "workflow.job-executor.max-wait", defaultValue = "PT10S")
    Duration jobMaxWait;

    private volatile ProcessEngine engine;

    @Override
    public synchronized void start() {
        if (engine != null) {
            return;
        }
        long started = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration configuration = new ApplicationEngineConfiguration();
        configuration.setProcessEngineName("ecoles");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setCustomHistoryLevels(List.of(TimelineHistory.LEVEL));
        configuration.setHistory(TimelineHistory.LEVEL.getName());
        configuration.setHistoryTimeToLive(historyTimeToLive);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(new CdiBeans(beanManager));
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.<BpmnParseListener>of(taskRouting, taskNotices))); // the engine adds its own
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(threads, jobPoolSize, jobQueueSize);
        jobExecutor.setLockTimeInMillis((int) jobLockTime.toMillis());
        jobExecutor.setMaxWait(jobMaxWait.toMillis());
        jobExecutor.setWaitTimeInMillis((int) Math.min(jobExecutor.getWaitTimeInMillis(), jobMaxWait.toMillis()));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        configuration.setDmnEnabled(false);
        // the engine builds its DMN engine even so; the legacy (JUEL) FEEL keeps it from needing the Scala FEEL
        // engine, left out of the WAR (3,600 classes that deployment would scan at every start: bench/README.md)
        configuration.setDmnFeelEnableLegacyBehavior(true);
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false); // licence metering of assignees: a row written at every assignment
        adoptTimelineHistory();
        ProcessEngine built = configuration.buildProcessEngine();
        indexTasks();
        deploy(built, SchoolOpeningProcess.KEY, SchoolOpeningProcess.RESOURCE);
        deploy(built, LabelRenewalProcess.KEY, LabelRenewalProcess.RESOURCE);
        deploy(built, SchoolGrantProcess.KEY, SchoolGrantProcess.RESOURCE);
        try {
            steps.load(built);
        } catch (StepContractBrokenException e) {
            built.close();
            throw e;
        }
        engine = built;
        LOG.info(() -> "Moteur de processus prêt en " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * A database created before {@link TimelineHistory} stores the "full" level (3) in the engine's properties,
     * and the engine refuses to start on another level than the stored one: the stored level is lowered once
     * (the history already written stays). A new database has no engine tables yet: the engine stores the level.
     */
    private void adoptTimelineHistory() {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasTable(connection.getMetaData(), "ACT_GE_PROPERTY")) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE ACT_GE_PROPERTY SET VALUE_ = ?, "
                    + "REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
                update.setString(1, String.valueOf(TimelineHistory.ID));
                update.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    LOG.info("Historique du moteur : niveau « full » remplacé par « timeline »");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the engine's stored history level", e);
        }
    }

    /**
     * Two indexes on the engine's tasks that the engine does not create. The inbox's order ({@link RuntimeReads#inbox}:
     * due date, creation time, id): the database walks it and stops at the page's end instead of sorting every task of
     * the caller's roles (EXPLAIN ANALYZE at 12,000 open tasks: 83 rows read for the staff inbox's first page, against
     * a sort of 7,400). The parent task: the engine looks for a task's subtasks at every completion (the application
     * has none), which read every open task (2.6 ms of the database's time per step at 10,000 open tasks, against
     * 0.03 ms). Created once, after the engine has created or updated its tables, under the start-up lock as they are.
     * A speed-up only: a node that cannot create them (a database role without the right) starts all the same, and
     * answers the same, slower.
     */
    private void indexTasks() {
        TASK_INDEXES.forEach((name, columns) -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + columns);
            } catch (SQLException e) {
                LOG.warning(() -> "Index " + name + " des tâches du moteur non créé (" + e.getMessage()
                        + ") : les lectures répondent de même, plus lentement");
            }
        });
    }

    /** Unquoted names are stored upper case by H2, lower case by PostgreSQL. */
    private static boolean hasTable(DatabaseMetaData metaData, String name) throws SQLException {
        for (String stored : List.of(name, name.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, stored, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One deployment per process, so that changing one process does not deploy a new version of the other. */
    private static void deploy(ProcessEngine engine, String name, String resource) {
        engine.getRepositoryService().createDeployment()
                .name(name)
                .enableDuplicateFiltering(true)
                .addClasspathResource(resource)
                .deploy();
    }

    @Override
    public boolean running() {
        ProcessEngine current = engine;
        return current != null && ((ProcessEngineConfigurationImpl)
                current.getProcessEngineConfiguration()).getJobExecutor().isActive();
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

package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import java.util.Map;
import java.util.UUID;

/**
 * An engine on an in-memory H2 database, configured as the application's (full history, strong ids) but
 * with the job executor off so that tests drive timers by hand, and {@code school-opening} deployed.
 */
final class InMemoryEngine {

    private InMemoryEngine() {
    }

    /** @param beans the delegates the process's expressions name */
    static ProcessEngine start(String name, Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String unique = name + "-" + UUID.randomUUID();
        configuration.setProcessEngineName(unique);
        configuration.setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .name(SchoolOpeningProcess.KEY)
                .addClasspathResource(SchoolOpeningProcess.RESOURCE)
                .deploy();
        return engine;
    }
}

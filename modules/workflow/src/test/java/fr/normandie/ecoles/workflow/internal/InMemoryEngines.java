package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Process engines for process tests: in-memory H2, full history, no job executor (tests run the jobs
 * by hand on the engine's clock), the given beans for the BPMN's expressions and the given processes.
 */
final class InMemoryEngines {

    private InMemoryEngines() {
    }

    static ProcessEngine with(Map<Object, Object> beans, String... resources) {
        return with(List.of(), beans, resources);
    }

    /** The same, with the application's own parse listeners (the task routing). */
    static ProcessEngine with(List<BpmnParseListener> listeners, Map<Object, Object> beans, String... resources) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String name = "process-test-" + UUID.randomUUID();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setCustomHistoryLevels(List.of(TimelineHistory.LEVEL)); // the application's
        configuration.setHistory(TimelineHistory.LEVEL.getName());
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDmnEnabled(false);
        configuration.setDmnFeelEnableLegacyBehavior(true); // as ProcessEngineBootstrap: no Scala FEEL engine
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setBeans(beans);
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(listeners));
        ProcessEngine engine = configuration.buildProcessEngine();
        for (String resource : resources) {
            engine.getRepositoryService().createDeployment().name(resource).addClasspathResource(resource).deploy();
        }
        return engine;
    }
}

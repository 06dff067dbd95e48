package fr.normandie.ecoles.workflow.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Hands the engine's services to the rest of this module (there is no engine-cdi jar for Jakarta). */
@ApplicationScoped
public class EngineServices {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Produces
    ProcessEngine processEngine() {
        return bootstrap.engine();
    }

    @Produces
    RuntimeService runtimeService() {
        return bootstrap.engine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return bootstrap.engine().getTaskService();
    }

    @Produces
    HistoryService historyService() {
        return bootstrap.engine().getHistoryService();
    }

    @Produces
    ManagementService managementService() {
        return bootstrap.engine().getManagementService();
    }

    @Produces
    RepositoryService repositoryService() {
        return bootstrap.engine().getRepositoryService();
    }

    @Produces
    IdentityService identityService() {
        return bootstrap.engine().getIdentityService();
    }
}

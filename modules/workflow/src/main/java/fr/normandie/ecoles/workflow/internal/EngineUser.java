package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine commands in the caller's name, so that the engine's user operation log (which the project's timeline
 * reads) says who took or released a task, or who moved a process instance.
 */
@ApplicationScoped
public class EngineUser {

    @Inject
    IdentityService identityService;

    void as(Caller caller, Runnable command) {
        identityService.setAuthenticatedUserId(caller.name());
        try {
            command.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}

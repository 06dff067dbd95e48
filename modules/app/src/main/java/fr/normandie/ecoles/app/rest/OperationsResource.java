package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.workflow.FailedJob;
import fr.normandie.ecoles.workflow.FailedJobs;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/** The operator's view of the engine's background work: failed reminders and re-audit timers, and their retry. */
@Path("operations/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OperationsResource {

    @Inject
    FailedJobs failedJobs;

    @Inject
    Callers callers;

    /**
     * A failed job as the API shows it; {@code incident}: no retry left, it waits for an administrator.
     * {@code project} is null once the process has ended.
     */
    public record Incident(String id, String process, String activity, String project, String error,
                           int retriesLeft, boolean incident, Instant due) {

        static Incident of(FailedJob job) {
            return new Incident(job.id(), job.process(), job.activity(), job.project().orElse(null), job.error(),
                    job.retriesLeft(), job.incident(), job.due());
        }
    }

    @GET
    @Operation(summary = "Les tâches de fond en échec : relances et minuteurs de réaudit (administrateur)")
    public List<Incident> list() {
        callers.requireAny(Role.ADMIN);
        return failedJobs.list().stream().map(Incident::of).toList();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Relancer une tâche de fond en échec : elle s'exécute dans les secondes qui suivent (administrateur)")
    public Response retry(@PathParam("id") String id) {
        failedJobs.retry(id, callers.current());
        return Response.accepted().build();
    }
}

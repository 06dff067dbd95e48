package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusChange;
import fr.normandie.ecoles.schools.SchoolStatuses;
import fr.normandie.ecoles.workflow.SchoolLifecycle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A school's suspensions, resumptions and closure. */
@Path("schools/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SchoolStatusResource {

    /** Where the school stands on a day, and every change so far. */
    public record StatusResponse(LocalDate on, SchoolStatus status, List<SchoolStatusChange> changes) {
    }

    @Inject
    SchoolStatuses statuses;

    @Inject
    SchoolLifecycle lifecycle;

    @Inject
    TargetDates dates;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "La situation d'une école à une date (par défaut aujourd'hui) et ses suspensions, reprises et fermeture")
    public StatusResponse status(@PathParam("id") String id, @QueryParam("on") String on) {
        callers.current();
        return statusOn(SchoolIds.parse(id), dates.date(on));
    }

    @POST
    @Operation(summary = "Suspendre, reprendre ou fermer une école, à une date et pour un motif (chargé de mission, "
            + "administrateur) ; une suspension ou une fermeture met fin à l'audit de renouvellement en attente")
    @RequestBody(description = "{change: SUSPENSION|RESUMPTION|CLOSURE, effectiveOn, reason}")
    @APIResponse(responseCode = "200", description = "{on, status, changes[]} au jour de la date d'effet")
    public Response change(@PathParam("id") String id, String body) {
        Caller caller = callers.current();
        UUID school = SchoolIds.parse(id);
        SchoolStatusChange change = lifecycle.changeStatus(school,
                JsonBodies.read(body, SchoolChangeForm.class, "Le changement de situation"), caller);
        return OpenApiSafe.ok(statusOn(school, change.effectiveOn()));
    }

    private StatusResponse statusOn(UUID school, LocalDate on) {
        return new StatusResponse(on, statuses.statusOn(school, on), statuses.changes(school));
    }
}

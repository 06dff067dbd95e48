package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.absences.Absence;
import fr.normandie.ecoles.app.absences.AbsenceForm;
import fr.normandie.ecoles.app.absences.Absences;
import fr.normandie.ecoles.app.security.Callers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.UUID;

/** The caller's own absences (issue 15, ownership). */
@Path("absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class AbsencesResource {

    @Inject
    Absences absences;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Mes absences, la plus ancienne d'abord")
    public List<Absence> mine() {
        return absences.of(callers.current().name());
    }

    @POST
    @Operation(summary = "Déclarer une absence : du jour from au jour to inclus, mes tâches et mes notifications vont "
            + "aussi à la personne qui me remplace")
    @RequestBody(description = "{from, to, substitute}")
    public Response declare(String body, @Context UriInfo uri) {
        Absence absence = absences.declare(JsonBodies.read(body, AbsenceForm.class, "L'absence"), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(absence.id().toString()).build()).entity(absence).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Retirer une de mes absences : à venir, elle disparaît ; en cours, elle prend fin hier (mes tâches "
            + "me reviennent aujourd'hui) ; terminée, elle reste (409)")
    public Response withdraw(@PathParam("id") UUID id) {
        absences.withdraw(id, callers.current());
        return Response.noContent().build();
    }
}

package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.NewTarget;
import fr.normandie.ecoles.schools.Target;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

@Path("targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class TargetsResource {

    @Inject
    Coverage coverage;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les objectifs de couverture")
    public List<Target> list() {
        callers.current();
        return coverage.targets();
    }

    @POST
    @Operation(summary = "Définir un objectif : échéance et minimum d'écoles ouvertes par département (administrateur)")
    @RequestBody(description = "{name, deadline, minimumPerDepartment}")
    public Response define(String body, @Context UriInfo uri) {
        Target target = coverage.define(JsonBodies.read(body, NewTarget.class, "L'objectif"), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(target.id())).build())
                .entity(target).build();
    }
}

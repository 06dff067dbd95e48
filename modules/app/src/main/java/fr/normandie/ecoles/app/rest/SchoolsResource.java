package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolRegistration;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.StateRecognition;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SchoolsResource {

    @Inject
    Schools schools;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Le registre des écoles ouvertes (pour un compte de porteur, celles de son porteur seulement)")
    public List<School> list() {
        return schools.all(callers.current());
    }

    @GET
    @Path("{id}")
    @OpenToCarriers
    @Operation(summary = "Une école")
    public School get(@PathParam("id") String id) {
        return schools.find(schoolId(id), callers.current()).orElseThrow(() -> new UnknownSchoolException(id));
    }

    @POST
    @Operation(summary = "Inscrire au registre une école ouverte avant le logiciel (chargé de mission, administrateur)")
    @RequestBody(description = "{name, carrier, departmentCode, communeCode, trades[], openedOn, capacity}")
    public Response register(String body, @Context UriInfo uri) {
        School school = schools.register(JsonBodies.read(body, SchoolRegistration.class, "L'école"), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(school.id().toString()).build())
                .entity(school).build();
    }

    @PUT
    @Path("{id}/recognition")
    @Operation(summary = "Enregistrer la reconnaissance de l'État (arrêté, art. L.443-6 du code de l'éducation)")
    @RequestBody(description = "{arreteDate, reference}")
    public School recognise(@PathParam("id") String id, String body) {
        return schools.recordRecognition(schoolId(id), JsonBodies.read(body, StateRecognition.class, "L'arrêté"),
                callers.current());
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Les résultats annuels d'une école")
    @APIResponse(responseCode = "200", description = "[{schoolYear, pupilsUnder16, pupils16To18, pupilsOver18, "
            + "pupils, referredByMissionLocale, diplomas:[{diploma, presented, passed}], diplomasPassed, leaversJob, "
            + "leaversApprenticeship, leaversFurtherStudy, leaversOther}]")
    public Response results(@PathParam("id") String id) {
        callers.current();
        return OpenApiSafe.ok(schools.results(schoolId(id)));
    }

    @POST
    @Path("{id}/results")
    @Operation(summary = "Enregistrer (ou corriger) les résultats d'une année scolaire (chargé de mission, administrateur)")
    @RequestBody(description = "{schoolYear, pupilsUnder16, pupils16To18, pupilsOver18, pupils?, "
            + "referredByMissionLocale, diplomas:[{diploma: CAP|BAC_PRO|TITRE_PRO, presented, passed}], "
            + "diplomasPassed?, leaversJob, leaversApprenticeship, leaversFurtherStudy, leaversOther}")
    @APIResponse(responseCode = "200", description = "les résultats enregistrés, totaux calculés")
    public Response recordResults(@PathParam("id") String id, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(schools.recordResults(caller, schoolId(id),
                JsonBodies.read(body, YearlyResults.class, "Les résultats")));
    }

    private static UUID schoolId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownSchoolException(id);
        }
    }
}

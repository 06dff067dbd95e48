package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ReportDecision;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.schools.YearlyReports;
import fr.normandie.ecoles.schools.YearlyResults;
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

import java.util.Map;
import java.util.UUID;

/**
 * A school's yearly reports (issue 16): its results, which its carrier files and the Region's staff validate or send
 * back, and its grants' use-of-grant reports. The carrier's reading and filing are open to carriers: the modules
 * answer another carrier's school as unknown (404) and write nothing.
 */
@Path("schools/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SchoolReportsResource {

    @Inject
    YearlyReports reports;

    @Inject
    UseOfGrantReports useReports;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Les comptes rendus annuels d'une école : ses résultats par année et ses comptes rendus "
            + "d'utilisation des subventions, chacun avec son état (porteur de l'école, services de la Région)")
    @APIResponse(responseCode = "200", description = "{results: [{schoolYear, state, results, submittedBy, "
            + "submittedAt, validatedBy, validatedAt, returnReason, version}], grants: [{grant, reports: [...]}]}")
    public Response list(@PathParam("id") String id) {
        Caller caller = callers.current();
        UUID school = schoolId(id);
        return OpenApiSafe.ok(Map.of("results", reports.ofSchool(caller, school),
                "grants", useReports.ofSchool(caller, school)));
    }

    @POST
    @Path("results")
    @OpenToCarriers
    @Operation(summary = "Déposer (ou corriger) les résultats d'une année scolaire pour validation (porteur de l'école)")
    @RequestBody(description = "les résultats, comme POST /api/schools/{id}/results ; ?version= celle du compte "
            + "rendu corrigé, absente pour une année pas encore déposée")
    @APIResponse(responseCode = "200", description = "le compte rendu déposé, état SUBMITTED")
    public Response submit(@PathParam("id") String id, @QueryParam("version") String version, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.submit(caller, schoolId(id),
                JsonBodies.read(body, YearlyResults.class, "Les résultats"), ReportVersions.parse(version)));
    }

    @POST
    @Path("results/{year}/validation")
    @Operation(summary = "Valider les résultats déposés par l'école (chargé de mission, administrateur)")
    @RequestBody(description = "{version}")
    public Response validate(@PathParam("id") String id, @PathParam("year") String year, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.validate(caller, schoolId(id), ReportVersions.year(year),
                JsonBodies.read(body, ReportDecision.class, "La décision")));
    }

    @POST
    @Path("results/{year}/return")
    @Operation(summary = "Renvoyer à l'école ses résultats, avec le motif (chargé de mission, administrateur)")
    @RequestBody(description = "{version, reason}")
    public Response sendBack(@PathParam("id") String id, @PathParam("year") String year, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.sendBack(caller, schoolId(id), ReportVersions.year(year),
                JsonBodies.read(body, ReportDecision.class, "La décision")));
    }

    private static UUID schoolId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownSchoolException(id);
        }
    }
}

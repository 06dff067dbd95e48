package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.UseOfGrantForm;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ReportDecision;
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

/**
 * The use-of-grant reports of a grant to an open school (issue 16): filed by the school's carrier (or by a funding
 * officer from a paper report), validated or sent back by funding officers. The carrier's reading and filing are
 * open to carriers: the module answers another carrier's grant as unknown (404) and writes nothing.
 */
@Path("grants/{id}/use-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class UseOfGrantReportsResource {

    @Inject
    UseOfGrantReports reports;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Les comptes rendus d'utilisation d'une subvention, par année")
    @APIResponse(responseCode = "200", description = "[{grant, year, state, staff, supplies, equipment, premises, "
            + "other, total, summary, submittedBy, submittedAt, validatedBy, validatedAt, returnReason, version}]")
    public Response list(@PathParam("id") String id) {
        return OpenApiSafe.ok(reports.ofGrant(callers.current(), GrantId.parse(id)));
    }

    @POST
    @OpenToCarriers
    @Operation(summary = "Déposer (ou corriger) le compte rendu d'utilisation d'une année de la subvention (porteur "
            + "de l'école, pour validation ; chargé de financement, validé aussitôt)")
    @RequestBody(description = "{year, staff, supplies, equipment, premises, other, summary?} ; ?version= celle du "
            + "compte rendu corrigé, absente pour une année pas encore déposée")
    public Response file(@PathParam("id") String id, @QueryParam("version") String version, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.file(caller, GrantId.parse(id),
                JsonBodies.read(body, UseOfGrantForm.class, "Le compte rendu"), ReportVersions.parse(version)));
    }

    @POST
    @Path("{year}/validation")
    @Operation(summary = "Valider le compte rendu d'utilisation déposé par l'école (chargé de financement)")
    @RequestBody(description = "{version}")
    public Response validate(@PathParam("id") String id, @PathParam("year") String year, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.validate(caller, GrantId.parse(id), ReportVersions.year(year),
                JsonBodies.read(body, ReportDecision.class, "La décision")));
    }

    @POST
    @Path("{year}/return")
    @Operation(summary = "Renvoyer à l'école son compte rendu d'utilisation, avec le motif (chargé de financement)")
    @RequestBody(description = "{version, reason}")
    public Response sendBack(@PathParam("id") String id, @PathParam("year") String year, String body) {
        Caller caller = callers.current();
        return OpenApiSafe.ok(reports.sendBack(caller, GrantId.parse(id), ReportVersions.year(year),
                JsonBodies.read(body, ReportDecision.class, "La décision")));
    }
}

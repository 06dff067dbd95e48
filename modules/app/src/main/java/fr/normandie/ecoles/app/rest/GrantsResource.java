package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.AmendmentForm;
import fr.normandie.ecoles.funding.GrantDocuments;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.GrantSummary;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.workflow.GrantProcess;
import fr.normandie.ecoles.workflow.GrantView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/**
 * Grants to open schools ({@code school-grant.bpmn}): the request, each step completed with its form, the avenants,
 * the agreement and the refusal letter. The funding module checks the caller's role at its door on every change.
 */
@Path("grants")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class GrantsResource {

    private static final ZoneId REGION = Clock.REGION;

    @Inject
    GrantProcess process;

    @Inject
    Grants grants;

    @Inject
    GrantDocuments documents;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les subventions : d'une école (school) et/ou à un état (status), toutes sinon")
    public List<GrantSummary> list(@QueryParam("school") String school, @QueryParam("status") GrantStatus status) {
        callers.requireAny(FUNDING_READERS);
        return grants.list(school == null || school.isBlank() ? null : schoolId(school), status);
    }

    @GET
    @Path("due")
    @Operation(summary = "Les subventions dont un versement échoit d'ici la fin du mois")
    public List<GrantSummary> due() {
        callers.requireAny(FUNDING_READERS);
        return grants.paymentsDue(LocalDate.now(REGION));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer la demande de subvention d'une école ouverte et lancer son instruction (chargé de financement)")
    @RequestBody(description = "{school, kind: OPERATING|INVESTMENT, firstYear, amounts: [montant par année], expenses, "
            + "workshopSales, otherFunders, apprenticeshipTax, purpose}")
    public Response request(String body, @Context UriInfo uri) {
        GrantView view = process.request(callers.current(),
                JsonBodies.read(body, GrantRequestForm.class, "La demande de subvention"));
        return Response.created(uri.getAbsolutePathBuilder().path(view.grant().id()).build()).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une subvention : budget de l'école, instruction, vote, convention, avenants, versements, "
            + "compte rendu, et l'étape où elle en est")
    public GrantView get(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return process.find(GrantId.parse(id));
    }

    @POST
    @Path("{id}/steps/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compléter l'étape où en est la subvention avec son formulaire (grant-instruction, grant-vote, "
            + "grant-agreement, grant-payment, grant-use-report, grant-balance)")
    @RequestBody(description = "grant-instruction {opinion, proposed[], note}; grant-vote {granted, votedOn, deliberation, "
            + "amounts[]}; grant-agreement {signedOn, reference}; grant-payment et grant-balance {year, amount, paidOn, "
            + "reference}; grant-use-report {receivedOn, spent, justified, summary}")
    public GrantView complete(@PathParam("id") String id, @PathParam("step") String step, String body) {
        return process.complete(callers.current(), GrantId.parse(id), step,
                s -> JsonBodies.read(body, s.formType(), "Le formulaire de l'étape « " + s.label() + " »"));
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier les montants d'une subvention votée par un avenant, avec son propre vote")
    @RequestBody(description = "{votedOn, deliberation, amounts: [nouveau montant par année], reason}")
    public Response amend(@PathParam("id") String id, String body, @Context UriInfo uri) {
        GrantId grant = GrantId.parse(id);
        grants.amend(callers.current(), grant, JsonBodies.read(body, AmendmentForm.class, "L'avenant"));
        return Response.status(Response.Status.CREATED).entity(process.find(grant)).build();
    }

    @GET
    @Path("{id}/agreement")
    @Produces("application/pdf")
    @Operation(summary = "La convention (PDF) d'une subvention votée au-dessus du seuil légal")
    public Response agreement(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return Downloads.inline(documents.agreement(GrantId.parse(id)));
    }

    @GET
    @Path("{id}/refusal")
    @Produces("application/pdf")
    @Operation(summary = "La lettre de refus (PDF), avec les voies et délais de recours")
    public Response refusal(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return Downloads.inline(documents.refusal(GrantId.parse(id)));
    }

    private static UUID schoolId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new UnknownSchoolException(text);
        }
    }
}

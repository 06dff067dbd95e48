package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.Payment;
import fr.normandie.ecoles.funding.PaymentForm;
import fr.normandie.ecoles.funding.ScheduleForm;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidyDocuments;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.SubsidyPayments;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.List;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/**
 * The subsidy decisions, recorded by the workflow's subsidy step ({@code POST /api/tasks/{id}/complete}):
 * their detail, notification letter, schedule and payments, and the exports per project.
 */
@Path("subsidies")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SubsidiesResource {

    @Inject
    SubsidyDecisions decisions;

    @Inject
    SubsidyPayments payments;

    @Inject
    SubsidyDocuments documents;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les décisions de subvention, d'un projet et/ou d'une année budgétaire")
    public List<SubsidySummary> list(@QueryParam("project") String project, @QueryParam("year") Integer year) {
        callers.requireAny(FUNDING_READERS);
        return decisions.list(project == null || project.isBlank() ? null : ProjectId.parse(project), year);
    }

    @GET
    @Path("export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Les subventions d'un projet (d'une école), leurs échéances et versements, en CSV ou en XLSX")
    public Response export(@QueryParam("project") String project, @PathParam("format") String format) {
        callers.requireAny(FUNDING_READERS);
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("Indiquez le projet : ?project=<identifiant>.");
        }
        return Downloads.attachment(documents.projectExport(ProjectId.parse(project), Downloads.format(format)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une décision de subvention : montants et parts, vote, échéancier, versements, cofinanceurs")
    public Subsidy get(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return decisions.find(SubsidyId.parse(id));
    }

    @GET
    @Path("{id}/letter")
    @Produces("application/pdf")
    @Operation(summary = "La lettre de notification au porteur (PDF)")
    public Response letter(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return Downloads.inline(documents.letter(SubsidyId.parse(id)));
    }

    @GET
    @Path("{id}/schedule")
    @Operation(summary = "L'échéancier d'une subvention, avec ce qui est versé et reste à verser sur chaque échéance")
    public List<ScheduledPayment> schedule(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return payments.schedule(SubsidyId.parse(id));
    }

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplacer l'échéancier d'une subvention pas encore versée (chargé de financement)")
    @RequestBody(description = "{lines: [{kind, amount, dueOn, condition}]}")
    public List<ScheduledPayment> replaceSchedule(@PathParam("id") String id, String body) {
        return payments.replaceSchedule(SubsidyId.parse(id),
                JsonBodies.read(body, ScheduleForm.class, "L'échéancier"), callers.current());
    }

    @GET
    @Path("{id}/payments")
    @Operation(summary = "Les versements d'une subvention")
    public List<Payment> payments(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return payments.payments(SubsidyId.parse(id));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer un versement sur une échéance, jamais au-delà de l'accordé (chargé de financement)")
    @RequestBody(description = "{line, amount, paidOn, reference, supportingDocuments}")
    public Response pay(@PathParam("id") String id, String body, @Context UriInfo uri) {
        Payment payment = payments.record(SubsidyId.parse(id),
                JsonBodies.read(body, PaymentForm.class, "Le versement"), callers.current());
        return Response.created(uri.getAbsolutePath()).entity(payment).build();
    }
}

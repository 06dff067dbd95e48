package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Commitment;
import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.Commitments;
import fr.normandie.ecoles.funding.CreditPayment;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.funding.RecoveryForm;
import fr.normandie.ecoles.funding.RecoveryOrder;
import fr.normandie.ecoles.funding.Recoveries;
import fr.normandie.ecoles.funding.Release;
import fr.normandie.ecoles.funding.ReleaseForm;
import fr.normandie.ecoles.schools.ProjectId;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/** Commitments, and the payments, releases and recovery orders against them. */
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommitmentsResource {

    /** A commitment with what was paid and released on it. */
    public record CommitmentDetail(Commitment commitment, List<CreditPayment> payments, List<Release> releases) {
    }

    /** A commitment as the API takes it: ids as UUIDs; a grant id is drawn when none is given. */
    public record CommitmentRequest(UUID grant, UUID project, UUID school, Integer year, BudgetKind kind,
                                    BigDecimal amount, String deliberation, LocalDate votedOn, String label) {

        NewCommitment toCommitment() {
            return new NewCommitment(grant == null ? UUID.randomUUID() : grant,
                    project == null ? null : new ProjectId(project), school, year, kind, amount, deliberation, votedOn,
                    label);
        }
    }

    @Inject
    Commitments commitments;

    @Inject
    Recoveries recoveries;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les engagements d'une année (year), d'un projet (project) ou d'une subvention (grant)")
    public List<Commitment> list(@QueryParam("year") Integer year, @QueryParam("project") String project,
                                 @QueryParam("grant") String grant) {
        callers.requireAny(FUNDING_READERS);
        if (project != null) {
            return commitments.ofProject(ProjectId.parse(project));
        }
        if (grant != null) {
            return commitments.ofGrant(CommitmentId.parse(grant).value());
        }
        return year == null ? List.of() : commitments.ofYear(year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Engager un montant sur les autorisations d'engagement de son année et de sa nature "
            + "(chargé de financement)")
    public Response commit(String body, @Context UriInfo uri) {
        Commitment commitment = commitments.commit(JsonBodies.read(body, CommitmentRequest.class, "L'engagement")
                .toCommitment(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(commitment.id()).build()).entity(commitment).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un engagement, ses versements et ses désengagements")
    public CommitmentDetail detail(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        CommitmentId commitment = CommitmentId.parse(id);
        return new CommitmentDetail(commitments.find(commitment), commitments.payments(commitment),
                commitments.releases(commitment));
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Payer sur un engagement, sur les crédits de paiement de l'année du versement "
            + "(chargé de financement)")
    public Response pay(@PathParam("id") String id, String body) {
        CreditPayment payment = commitments.pay(CommitmentId.parse(id),
                JsonBodies.read(body, PaymentOrder.class, "Le versement"), callers.current());
        return Response.status(Response.Status.CREATED).entity(payment).build();
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Désengager le reste à payer d'un engagement, rendu à son année (chargé de financement)")
    public Response release(@PathParam("id") String id, String body) {
        return commitments.release(CommitmentId.parse(id), JsonBodies.read(body, ReleaseForm.class,
                "Le désengagement"), callers.current()).map(r -> Response.ok(r).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Émettre un titre de recette sur une somme versée et non justifiée (chargé de financement)")
    public Response recover(@PathParam("id") String id, String body) {
        RecoveryOrder order = recoveries.issue(CommitmentId.parse(id),
                JsonBodies.read(body, RecoveryForm.class, "Le titre de recette"), callers.current());
        return Response.status(Response.Status.CREATED).entity(order).build();
    }
}

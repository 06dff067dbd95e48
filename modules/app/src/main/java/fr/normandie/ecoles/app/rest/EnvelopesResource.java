package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.InputBounds;
import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.EnvelopeDetail;
import fr.normandie.ecoles.funding.EnvelopeForm;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.funding.SubsidyDocuments;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.List;

@Path("envelopes")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EnvelopesResource {

    /** Who may read the Region's money: its funding officers, administrators, staff and elected officials. */
    static final Role[] FUNDING_READERS = {Role.FUNDING, Role.ADMIN, Role.STAFF, Role.VIEWER};

    @Inject
    Envelopes envelopes;

    @Inject
    SubsidyDocuments documents;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les enveloppes budgétaires, une par année : montant, engagé, versé, reste à engager")
    public List<Envelope> list() {
        callers.requireAny(FUNDING_READERS);
        return envelopes.all();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Une enveloppe et les décisions qui y sont engagées")
    public EnvelopeDetail detail(@PathParam("year") int year) {
        callers.requireAny(FUNDING_READERS);
        return envelopes.detail(year);
    }

    /** The first budget year, as for a decision's envelope year. */
    private static final int FIRST_BUDGET_YEAR = 2000;

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ouvrir l'enveloppe d'une année ou en changer le montant, jamais sous ce qui est engagé "
            + "(administrateur)")
    @RequestBody(description = "{amount} en euros")
    public Response set(@PathParam("year") int year, String body, @Context UriInfo uri) {
        Caller caller = callers.requireAny(Role.ADMIN);
        if (year < FIRST_BUDGET_YEAR || year > InputBounds.LAST_YEAR) {
            throw new InvalidInputException("year", "L'année de l'enveloppe doit être comprise entre "
                    + FIRST_BUDGET_YEAR + " et " + InputBounds.LAST_YEAR + ".");
        }
        boolean opened = envelopes.set(year, JsonBodies.read(body, EnvelopeForm.class, "L'enveloppe"), caller);
        EnvelopeDetail envelope = envelopes.detail(year);
        return opened ? Response.created(uri.getAbsolutePath()).entity(envelope).build()
                : Response.ok(envelope).build();
    }

    @GET
    @Path("{year}/decisions.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Les décisions engagées sur une enveloppe, en CSV ou en XLSX")
    public Response export(@PathParam("year") int year, @PathParam("format") String format) {
        callers.requireAny(FUNDING_READERS);
        return Downloads.attachment(documents.envelopeExport(year, Downloads.format(format)));
    }
}

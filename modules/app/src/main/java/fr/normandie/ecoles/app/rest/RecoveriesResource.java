package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.funding.RecoveryId;
import fr.normandie.ecoles.funding.RecoveryOrder;
import fr.normandie.ecoles.funding.Recoveries;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

import static fr.normandie.ecoles.app.rest.EnvelopesResource.FUNDING_READERS;

/** Recovery orders (titres de recette), followed until collected. */
@Path("recoveries")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RecoveriesResource {

    /** The day the carrier's repayment was collected. */
    public record Collection(LocalDate collectedOn) {
    }

    @Inject
    Recoveries recoveries;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les titres de recette, ceux à encaisser seulement avec outstanding=true")
    public List<RecoveryOrder> list(@QueryParam("outstanding") boolean outstanding) {
        callers.requireAny(FUNDING_READERS);
        return recoveries.all(outstanding);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un titre de recette")
    public RecoveryOrder find(@PathParam("id") String id) {
        callers.requireAny(FUNDING_READERS);
        return recoveries.find(RecoveryId.parse(id));
    }

    @POST
    @Path("{id}/collect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistrer l'encaissement d'un titre de recette (chargé de financement)")
    public RecoveryOrder collect(@PathParam("id") String id, String body) {
        return recoveries.collect(RecoveryId.parse(id), JsonBodies.read(body, Collection.class, "L'encaissement")
                .collectedOn(), callers.current());
    }
}

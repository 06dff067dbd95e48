package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.app.security.Invitation;
import fr.normandie.ecoles.app.security.Invitations;
import fr.normandie.ecoles.app.security.NewInvitation;
import fr.normandie.ecoles.app.security.UnknownInvitationException;
import fr.normandie.ecoles.schools.UnknownCarrierException;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * carriers: invite (issue 16). A carrier's invitations: project officers and administrators invite its contact,
 * list the invitations and withdraw a pending one (the module checks the caller's role). No answer holds a token.
 */
@Path("carriers/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CarrierInvitationsResource {

    @Inject
    Invitations invitations;

    @Inject
    Callers callers;

    @POST
    @Operation(summary = "Inviter le contact d'un porteur à ouvrir son compte (chargé de mission, administrateur) : "
            + "un lien à usage unique lui est envoyé par courriel")
    @RequestBody(description = "{fullName, email}")
    @APIResponse(responseCode = "201", description = "l'invitation (sans son lien) ; 409 si l'adresse a déjà un "
            + "compte actif ou une invitation en attente")
    public Response invite(@PathParam("id") String id, String body, @Context UriInfo uri) {
        Invitation made = invitations.invite(callers.current(), carrierId(id),
                JsonBodies.read(body, NewInvitation.class, "L'invitation"));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id().toString()).build()).entity(made).build();
    }

    @GET
    @Operation(summary = "Les invitations d'un porteur, la plus récente d'abord (chargé de mission, administrateur)")
    public List<Invitation> list(@PathParam("id") String id) {
        return invitations.of(callers.current(), carrierId(id));
    }

    @DELETE
    @Path("{invitation}")
    @Operation(summary = "Retirer une invitation en attente : son lien n'ouvre plus rien (chargé de mission, administrateur)")
    @APIResponse(responseCode = "200", description = "l'invitation retirée ; 409 si elle n'est plus en attente")
    public Invitation withdraw(@PathParam("id") String id, @PathParam("invitation") String invitation) {
        UUID invitationId;
        try {
            invitationId = UUID.fromString(invitation);
        } catch (IllegalArgumentException e) {
            throw new UnknownInvitationException(invitation);
        }
        return invitations.withdraw(callers.current(), carrierId(id), invitationId);
    }

    private static UUID carrierId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw UnknownCarrierException.carrier(null, id);
        }
    }
}

package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Account;
import fr.normandie.ecoles.app.security.InvitationAcceptance;
import fr.normandie.ecoles.app.security.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * carriers: invite (issue 16). Accepting an invitation, without signing in: the link's token is the credential
 * (web.xml leaves this one path of the API open; nothing here reads the caller). The same as the invitation page.
 */
@Path("invitations/accept")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class InvitationAcceptanceResource {

    @Inject
    Invitations invitations;

    @POST
    @Operation(summary = "Accepter une invitation (sans connexion) : ouvre le compte du porteur avec l'identifiant "
            + "et le mot de passe choisis (12 caractères au moins)")
    @RequestBody(description = "{token, username, password}")
    @APIResponse(responseCode = "201", description = "le compte ouvert ; 404 pour un lien inconnu, expiré, retiré ou "
            + "déjà utilisé")
    public Response accept(String body) {
        Account opened = invitations.accept(JsonBodies.read(body, InvitationAcceptance.class, "L'acceptation"));
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }
}

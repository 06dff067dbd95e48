package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.NewMessage;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectMessage;
import fr.normandie.ecoles.schools.ProjectMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;

/**
 * A project's messages between its carrier and the Region (issue 16). Open to carriers: the module answers another
 * carrier's project as a missing one (404) and writes nothing.
 */
@Path("projects/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class MessagesResource {

    @Inject
    ProjectMessages messages;

    @Inject
    Callers callers;

    @POST
    @OpenToCarriers
    @Operation(summary = "Écrire au porteur du projet, ou à la Région pour le porteur (porteur, chargé de mission, "
            + "administrateur) ; l'autre partie est prévenue par courriel")
    @RequestBody(description = "{text} : 1 à 5000 caractères, gardé tel quel")
    public Response write(@PathParam("id") String id, String body) {
        ProjectMessage written = messages.write(ProjectId.parse(id),
                JsonBodies.read(body, NewMessage.class, "Le message"), callers.current());
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    @GET
    @OpenToCarriers
    @Operation(summary = "Les messages du projet entre son porteur et la Région, le plus récent en dernier")
    public List<ProjectMessage> thread(@PathParam("id") String id) {
        return messages.thread(ProjectId.parse(id), callers.current());
    }

    @GET
    @Path("unread")
    @OpenToCarriers
    @Operation(summary = "Combien de messages de l'autre partie (la Région pour le porteur, le porteur pour les "
            + "chargés de mission et administrateurs) restent non lus ; 0 pour les lecteurs")
    public long unread(@PathParam("id") String id) {
        return messages.unread(ProjectId.parse(id), callers.current());
    }
}

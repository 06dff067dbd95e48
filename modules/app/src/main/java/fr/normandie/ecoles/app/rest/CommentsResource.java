package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Comment;
import fr.normandie.ecoles.schools.Comments;
import fr.normandie.ecoles.schools.NewComment;
import fr.normandie.ecoles.schools.ProjectId;
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

@Path("projects/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommentsResource {

    @Inject
    Comments comments;

    @Inject
    Callers callers;

    @POST
    @Operation(summary = "Commenter un projet (tout rôle sauf lecteur)")
    @RequestBody(description = "{text} : 1 à 5000 caractères, gardé tel quel")
    public Response add(@PathParam("id") String id, String body) {
        Comment added = comments.add(ProjectId.parse(id), JsonBodies.read(body, NewComment.class, "Le commentaire"),
                callers.current());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Operation(summary = "Les commentaires internes du projet (jamais pour un porteur), le plus récent en dernier")
    public List<Comment> list(@PathParam("id") String id) {
        return comments.list(ProjectId.parse(id), callers.current());
    }
}

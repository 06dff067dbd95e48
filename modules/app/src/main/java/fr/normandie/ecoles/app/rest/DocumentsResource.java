package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.DocumentFile;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.UnknownDocumentException;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.UUID;

@Path("projects/{id}/documents")
@RequestScoped
public class DocumentsResource {

    @Inject
    Documents documents;

    @Inject
    Steps steps;

    @Inject
    Callers callers;

    @POST
    @Upload
    @OpenToCarriers
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Joindre un document au projet ou à une de ses étapes (chargé de mission, auditeur, financeur, "
            + "porteur du projet pour ses propres projets) : PDF, image PNG ou JPEG, document Word, Excel ou OpenDocument, "
            + "reconnu d'après son contenu")
    @RequestBody(description = "multipart/form-data : file (le fichier, avec son nom), step (clé de l'étape, facultatif), "
            + "title (facultatif), requirement (identifiant du document attendu auquel il répond, facultatif)")
    public Response upload(@PathParam("id") String id, List<EntityPart> parts, @Context UriInfo uri) {
        ProjectId project = ProjectId.parse(id);
        MultipartForm form = MultipartForm.read(parts, documents.maxSize());
        List<Attachment> files = form.files();
        if (files.size() != 1) {
            throw new InvalidInputException(MultipartForm.FILE, files.isEmpty()
                    ? "Joignez un fichier (partie « file » du formulaire)." : "Un seul fichier par envoi.");
        }
        String step = form.text("step").map(this::stepKey).orElse(null);
        Attachment file = files.get(0);
        Document added = documents.attach(project, step, form.text("requirement").orElse(null),
                new Attachment(file.fileName(), form.text("title").orElse(null), file.content()), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build()).entity(added).build();
    }

    @GET
    @OpenToCarriers
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les documents du projet, sans leur contenu, les plus anciens d'abord")
    public List<Document> list(@PathParam("id") String id) {
        return documents.list(ProjectId.parse(id), callers.current());
    }

    @GET
    @Path("{documentId}")
    @OpenToCarriers
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Le contenu d'un document, avec son type reconnu, en pièce jointe (le porteur : ses projets)")
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        ProjectId project = ProjectId.parse(id);
        DocumentFile file = documents.file(project, documentId(project, documentId), callers.current());
        return Response.ok(file.content(), file.document().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.document().name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private String stepKey(String key) {
        return steps.ofKey(key).map(Step::key)
                .orElseThrow(() -> new InvalidInputException("step", "Étape inconnue : " + key + "."));
    }

    private static UUID documentId(ProjectId project, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new UnknownDocumentException(project, text);
        }
    }
}

package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.StepDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A project's expected documents, step by step, with what answers each and what is missing (issue 16). */
@Path("projects/{id}/required-documents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProjectChecklistResource {

    @Inject
    RequiredDocuments requiredDocuments;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Les documents attendus du projet, étape par étape : ceux fournis, ceux qui manquent "
            + "(le porteur : ses propres projets)")
    public List<StepDocuments> checklist(@PathParam("id") String id) {
        return requiredDocuments.checklist(ProjectId.parse(id), callers.current());
    }
}

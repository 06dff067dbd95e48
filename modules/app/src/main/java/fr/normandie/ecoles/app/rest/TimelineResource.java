package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.workflow.ProjectTimeline;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("projects/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TimelineResource {

    @Inject
    ProjectTimeline timeline;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "La chronologie du projet : qui a fait quoi et quand (tâches, étapes, relances, documents, "
            + "commentaires), la plus ancienne entrée d'abord ; pour un compte de porteur, ce qui le concerne seulement")
    public List<TimelineEntry> timeline(@PathParam("id") String id) {
        return timeline.of(ProjectId.parse(id), callers.current());
    }
}

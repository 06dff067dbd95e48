package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.UnknownProjectException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The FNEP label status of each school project and school. */
@Path("labels")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LabelsResource {

    @Inject
    LabelStatuses statuses;

    @Inject
    LabelAudits audits;

    @Inject
    Projects projects;

    @Inject
    Callers callers;

    /** A page of them, the most recently audited first: the database cuts the page, only its projects are read. */
    @GET
    @Operation(summary = "Le label de chaque projet ou école audité, le plus récemment audité d'abord, par pages : "
            + "état, labellisé depuis, réserves en cours, prochain audit dû, échu depuis")
    public List<LabelResponse> all(@QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        Page page = Page.of(first, max);
        callers.current();
        List<LabelStatus> audited = statuses.audited(page.first(), page.max());
        Map<ProjectId, ProjectSummary> summaries = projects.summaries(
                audited.stream().map(LabelStatus::project).collect(Collectors.toSet()));
        return audited.stream().filter(status -> summaries.containsKey(status.project()))
                .map(status -> LabelResponse.of(status, summaries.get(status.project()), List.of()))
                .toList();
    }

    @GET
    @Path("{projectId}")
    @Operation(summary = "Le label d'un projet ou d'une école, avec ses actions correctives encore ouvertes")
    public LabelResponse of(@PathParam("projectId") String projectId) {
        callers.current();
        ProjectId id = ProjectId.parse(projectId);
        ProjectSummary project = projects.find(id).orElseThrow(() -> new UnknownProjectException(projectId));
        return LabelResponse.of(statuses.of(id), project, audits.openActions(id));
    }
}

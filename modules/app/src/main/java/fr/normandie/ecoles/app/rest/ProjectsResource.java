package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.workflow.StepCorrections;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProjectsResource {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectFile projectFile;

    @Inject
    Callers callers;

    @Inject
    StepCorrections corrections;

    @Inject
    Coverage coverage;

    @Inject
    ProjectOfficers officers;

    @POST
    @Operation(summary = "Enregistrer un projet d'école (chargé de mission) : démarre son processus d'ouverture")
    @RequestBody(description = "{name, carrier, departmentCode, communeCode, trades[], capacity, plannedOpening}, and "
            + "optionally officer (the project's officer, a staff member; by default the one who registers it)")
    public Response register(String body, @Context UriInfo uri) {
        ProjectView project = lifecycle.register(JsonBodies.read(body, ProjectRegistration.class, "Le projet"),
                JsonBodies.read(body, OfficerRequest.class, "Le projet").officer(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(project.project().id().toString()).build())
                .entity(ProjectResponse.of(project)).build();
    }

    @GET
    @OpenToCarriers
    @Operation(summary = "Les projets, les plus récents d'abord, filtrés par département et par statut (pour un "
            + "compte de porteur, ceux de son porteur seulement)")
    public List<ProjectResponse> list(@QueryParam("department") String department,
                                      @QueryParam("status") String status, @QueryParam("mine") boolean mine) {
        Caller caller = callers.current();
        if (mine) {
            // "Mes projets": those whose officer I am, or whose officer I stand in for today
            return lifecycle.mine(caller).stream().map(ProjectResponse::of).toList();
        }
        return lifecycle.list(department, status(status), caller).stream().map(ProjectResponse::of).toList();
    }

    @GET
    @Path("{id}/officer")
    @Operation(summary = "Le chargé de mission d'un projet")
    public OfficerRequest officer(@PathParam("id") String id) {
        callers.current();
        return new OfficerRequest(officers.officerOf(ProjectId.parse(id)).orElse(null));
    }

    @PUT
    @Path("{id}/officer")
    @Operation(summary = "Changer le chargé de mission d'un projet (chargé de mission ou administrateur) : ses tâches "
            + "ouvertes et à venir lui sont proposées")
    @RequestBody(description = "{officer}")
    public OfficerRequest changeOfficer(@PathParam("id") String id, String body) {
        OfficerRequest request = JsonBodies.read(body, OfficerRequest.class, "Le chargé de mission");
        ProjectId project = ProjectId.parse(id);
        lifecycle.changeOfficer(project, request.officer(), callers.current());
        return new OfficerRequest(officers.officerOf(project).orElse(null));
    }

    @GET
    @Path("{id}")
    @OpenToCarriers
    @Operation(summary = "Un projet : son dossier, ses étapes en cours, son historique, sa version et son ouverture attendue")
    public ProjectResponse get(@PathParam("id") String id) {
        return lifecycle.find(ProjectId.parse(id), callers.current()).map(this::withProjection)
                .orElseThrow(() -> new UnknownProjectException(id));
    }

    @GET
    @Path("{id}/file")
    @Operation(summary = "Le dossier complet d'un projet : chaque tour de chaque étape, et l'école une fois ouverte")
    @APIResponse(responseCode = "200", description = "{project, backings[], studies[], insertions[], school}")
    public Response file(@PathParam("id") String id) {
        callers.current();
        ProjectFileView file = projectFile.read(ProjectId.parse(id)).orElseThrow(() -> new UnknownProjectException(id));
        return OpenApiSafe.ok(json(file));
    }

    /** The file as one object: the project, each step's rounds under their name, the school once open. */
    private static Map<String, Object> json(ProjectFileView file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", file.project());
        file.steps().forEach(step -> json.put(step.name(), step.rounds()));
        if (file.school() != null) {
            json.put("school", file.school());
        }
        return json;
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "Abandonner un projet, à n'importe quelle étape, avec un motif (chargé de mission)")
    public ProjectResponse abandon(@PathParam("id") String id, String body) {
        AbandonRequest request = JsonBodies.read(body, AbandonRequest.class, "L'abandon");
        return ProjectResponse.of(lifecycle.abandon(ProjectId.parse(id), request.reason(), callers.current()));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Modifier l'inscription d'un projet en cours (chargé de mission) : tous ses champs, comme à "
            + "l'enregistrement, et la version du projet lue ; refusé (409, rien d'enregistré) si le projet a changé depuis")
    @RequestBody(description = "{version, name, carrier, departmentCode, communeCode, trades[], capacity, plannedOpening, "
            + "carrierLegalForm, carrierNonProfit, carrierSiren, diplomas[], familyContribution}")
    @APIResponse(responseCode = "200", description = "le projet modifié, avec sa nouvelle version et son ouverture attendue")
    @APIResponse(responseCode = "409", description = "le projet a changé depuis la version lue, ou n'est plus en cours")
    public ProjectResponse edit(@PathParam("id") String id, String body) {
        Long version = JsonBodies.read(body, EditedVersion.class, "La modification").version();
        if (version == null) {
            throw new InvalidInputException("version", "Indiquez la version du projet que vous avez lue (version).");
        }
        ProjectRegistration registration = JsonBodies.read(body, ProjectRegistration.class, "La modification");
        return withProjection(lifecycle.edit(ProjectId.parse(id), version, registration, callers.current()));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Rouvrir une étape terminée par erreur (administrateur), avec un motif : l'étape est à refaire, "
            + "ses enregistrements antérieurs restent dans l'historique")
    @RequestBody(description = "{step, reason}")
    public ProjectResponse reopen(@PathParam("id") String id, String body) {
        ReopenRequest request = JsonBodies.read(body, ReopenRequest.class, "La réouverture");
        return withProjection(corrections.reopen(ProjectId.parse(id), request.step(), request.reason(),
                callers.current()));
    }

    /** A single project's answer tells when it is expected to open, as of today. */
    private ProjectResponse withProjection(ProjectView view) {
        return ProjectResponse.of(view, coverage.expectedOpening(view.project().id(), LocalDate.now(Clock.REGION)).orElse(null));
    }

    private static ProjectStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Statut inconnu : " + status
                        + " (attendu : IN_PROGRESS, OPEN, CLOSED ou ABANDONED)."));
    }
}

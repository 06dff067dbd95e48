package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.workflow.CompletionAsked;
import fr.normandie.ecoles.workflow.HandOver;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.Arrays;
import java.util.List;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TasksResource {

    private static final String COMPLETE = "Terminer une tâche avec le formulaire de son étape, et des documents joints "
            + "s'il y a lieu : tout est enregistré et routé ensemble, ou rien";
    private static final String COMPLETE_BODY = "Le formulaire de l'étape en JSON ; pour joindre des documents, "
            + "multipart/form-data avec form (le formulaire de l'étape, en JSON) et file (un ou plusieurs fichiers, "
            + "chacun avec son nom)";

    @Inject
    Tasks tasks;

    @Inject
    Steps steps;

    @Inject
    Documents documents;

    @Inject
    Callers callers;

    @GET
    @OpenToCarriers
    @Operation(summary = "Les tâches que l'appelant peut traiter : celles de ses rôles non prises, et les siennes "
            + "(pour un porteur de projet : les dépôts de dossier de ses propres projets)")
    public List<TaskView> list(@QueryParam("department") String department, @QueryParam("step") String step,
                               @QueryParam("project") String project, @QueryParam("scope") String scope,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        Page page = Page.of(first, max);
        if (step != null && steps.ofKey(step).isEmpty()) {
            throw new IllegalArgumentException("Étape inconnue : " + step + ".");
        }
        return tasks.list(callers.current(), new TaskFilter(department, step, project, scope(scope)), page.first(),
                page.max());
    }

    /** MINE, DEPARTMENT or ALL (the default). */
    private static TaskFilter.Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return TaskFilter.Scope.ALL;
        }
        return Arrays.stream(TaskFilter.Scope.values()).filter(s -> s.name().equals(scope)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Portée inconnue : " + scope
                        + " (attendu : MINE, DEPARTMENT ou ALL)."));
    }

    @POST
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transmettre une tâche à un·e collègue qui a le rôle de l'étape, avec un message : "
            + "la tâche lui est confiée, il ou elle est prévenu·e, la transmission est à l'historique du projet")
    @RequestBody(description = "{colleague, message}")
    public void handOver(@PathParam("id") String id, String body) {
        tasks.handOver(id, JsonBodies.read(body, HandOver.class, "La transmission"), callers.current());
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Prendre une tâche")
    public void claim(@PathParam("id") String id) {
        tasks.claim(id, callers.current());
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(summary = "Libérer une tâche prise")
    public void unclaim(@PathParam("id") String id) {
        tasks.unclaim(id, callers.current());
    }

    /** The body is the step's form; which form depends on the task, so it is read once the step is known. */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @OpenToCarriers
    @Operation(operationId = "complete", summary = COMPLETE)
    @RequestBody(description = COMPLETE_BODY, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.MULTIPART_FORM_DATA)})
    public ProjectResponse complete(@PathParam("id") String id, String body) {
        return ProjectResponse.of(tasks.complete(id, callers.current(), step -> form(step, body), List.of()));
    }

    /**
     * The same, with documents: the form and the files are stored with the step, all or nothing. OpenAPI has
     * one operation per path and method: both variants carry the same description.
     */
    @POST
    @Path("{id}/complete")
    @Upload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "complete", summary = COMPLETE)
    @RequestBody(description = COMPLETE_BODY, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = MediaType.MULTIPART_FORM_DATA)})
    public ProjectResponse completeWithDocuments(@PathParam("id") String id, List<EntityPart> parts) {
        Caller caller = callers.current();
        MultipartForm multipart = MultipartForm.read(parts, documents.maxSize());
        return ProjectResponse.of(tasks.complete(id, caller, step -> form(step, multipart.text("form").orElse(null)),
                multipart.files()));
    }

    /** Staff send the carrier's file back (issue 16): the module checks the caller's role and the request. */
    @POST
    @Path("{id}/completion-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Demander des compléments au porteur de projet sur le dossier qu'il a déposé, avec un message "
            + "et une date limite : le dossier lui revient, il est prévenu puis relancé s'il est en retard")
    @RequestBody(description = "{message, deadline (AAAA-MM-JJ)}")
    public void requestCompletion(@PathParam("id") String id, String body) {
        tasks.requestCompletion(id, JsonBodies.read(body, CompletionAsked.class, "La demande de compléments"),
                callers.current());
    }

    private static Object form(Step step, String json) {
        return JsonBodies.read(json, step.formType(), "Le formulaire de l'étape « " + step.label() + " »");
    }
}

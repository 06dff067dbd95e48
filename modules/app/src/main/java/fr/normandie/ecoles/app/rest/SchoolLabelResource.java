package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.audits.HistoricalLabelForm;
import fr.normandie.ecoles.audits.LabelDecision;
import fr.normandie.ecoles.audits.LabelDecisions;
import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.audits.LabelWithdrawalForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.workflow.SchoolLifecycle;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school's FNEP label seen from the school: its state, the decisions taken outside an audit (the label of a
 * school older than the software, a withdrawal), and the file (project) that holds its audits and re-audits.
 */
@Path("schools/{id}/label")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class SchoolLabelResource {

    /** {@code projectId} is null, and the state NOT_AUDITED, for a school older than the software never labelled here. */
    public record SchoolLabel(String projectId, LabelState state, String stateLabel, LocalDate labelledSince,
                              LocalDate nextAuditDue, LocalDate lapsedSince, LocalDate lastAuditedOn,
                              List<LabelDecision> decisions) {
    }

    @Inject
    Schools schools;

    @Inject
    LabelStatuses statuses;

    @Inject
    LabelDecisions decisions;

    @Inject
    SchoolLifecycle lifecycle;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Le label FNEP d'une école : état, prochain audit dû, décisions prises hors audit")
    public SchoolLabel label(@PathParam("id") String id) {
        callers.current();
        return labelOf(SchoolIds.parse(id));
    }

    @POST
    @Path("historical")
    @Operation(summary = "Enregistrer la date de labellisation d'une école ouverte avant le logiciel (auditeur, "
            + "administrateur) : ses audits de renouvellement commencent, comptés depuis cette date")
    @RequestBody(description = "{labelledOn}")
    @APIResponse(responseCode = "200", description = "le label de l'école")
    public Response historical(@PathParam("id") String id, String body) {
        Caller caller = callers.current();
        UUID school = SchoolIds.parse(id);
        lifecycle.recordHistoricalLabel(school, JsonBodies.read(body, HistoricalLabelForm.class, "Le label"), caller);
        return OpenApiSafe.ok(labelOf(school));
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "Retirer le label d'une école (auditeur) : l'audit de renouvellement en attente prend fin")
    @RequestBody(description = "{withdrawnOn, reason}")
    @APIResponse(responseCode = "200", description = "le label de l'école")
    public Response withdraw(@PathParam("id") String id, String body) {
        Caller caller = callers.current();
        UUID school = SchoolIds.parse(id);
        lifecycle.withdrawLabel(school, JsonBodies.read(body, LabelWithdrawalForm.class, "Le retrait"), caller);
        return OpenApiSafe.ok(labelOf(school));
    }

    private SchoolLabel labelOf(UUID school) {
        ProjectId file = schools.find(school).orElseThrow(() -> new UnknownSchoolException(school.toString()))
                .projectId();
        if (file == null) {
            return new SchoolLabel(null, LabelState.NOT_AUDITED, LabelState.NOT_AUDITED.label(), null, null, null,
                    null, List.of());
        }
        LabelStatus status = statuses.of(file);
        return new SchoolLabel(file.toString(), status.state(), status.state().label(), status.labelledSince(),
                status.nextAuditDue(), status.lapsedSince(), status.lastAuditedOn(), decisions.of(file));
    }
}

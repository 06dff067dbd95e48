package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.audits.AuditReports;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.UnknownAuditException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.workflow.AuditQueueEntry;
import fr.normandie.ecoles.workflow.AuditorQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The label audits recorded through the audit steps, their PDF reports, and the auditors' queue. */
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditsResource {

    private static final String PDF = "application/pdf";

    @Inject
    LabelAudits audits;

    @Inject
    AuditReports reports;

    @Inject
    AuditorQueue queue;

    @Inject
    Callers callers;

    @GET
    @Operation(summary = "Les audits d'un projet ou d'une école, le plus ancien d'abord, avec leur score global")
    public List<LabelAudit.Summary> ofProject(@QueryParam("project") String project) {
        callers.current();
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("Indiquez le projet : /api/audits?project=<identifiant>.");
        }
        return audits.ofProject(ProjectId.parse(project));
    }

    @GET
    @Path("queue")
    @Operation(summary = "La file de l'auditeur : audits à préparer, en cours, suivis et renouvellements dus, "
            + "renouvellements planifiés, le plus urgent d'abord")
    public List<AuditQueueEntry> queue() {
        return queue.queue(callers.current());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un audit : verdicts par critère, constats, actions correctives, actions revues, scores")
    public LabelAudit audit(@PathParam("id") String id) {
        callers.current();
        return audits.find(auditId(id)).orElseThrow(() -> new UnknownAuditException(id));
    }

    @GET
    @Path("{id}/report")
    @Produces({PDF, MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Le rapport d'audit en PDF (en français), établi à partir de l'audit enregistré")
    public Response report(@PathParam("id") String id) {
        callers.current();
        byte[] pdf = reports.pdf(auditId(id));
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"rapport-audit-" + id + ".pdf\"")
                .build();
    }

    private static UUID auditId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownAuditException(id);
        }
    }
}

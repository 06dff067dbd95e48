package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.AuditReports;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.UnknownAuditException;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.UnknownProjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** The audit report, made with OpenPDF from the stored audit and the project's registration. */
@ApplicationScoped
public class PdfAuditReports implements AuditReports {

    @Inject
    LabelAudits audits;

    @Inject
    Projects projects;

    @Override
    public byte[] pdf(UUID auditId) {
        LabelAudit audit = audits.find(auditId).orElseThrow(() -> new UnknownAuditException(auditId.toString()));
        ProjectSummary project = projects.find(audit.project())
                .orElseThrow(() -> new UnknownProjectException(audit.project().toString()));
        return AuditReportDocument.render(audit, project);
    }
}

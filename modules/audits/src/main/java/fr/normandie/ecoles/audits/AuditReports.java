package fr.normandie.ecoles.audits;

import java.util.UUID;

/** The audit report: a PDF in French made from the stored audit. */
public interface AuditReports {

    /** @throws UnknownAuditException when no audit has this id */
    byte[] pdf(UUID auditId);
}

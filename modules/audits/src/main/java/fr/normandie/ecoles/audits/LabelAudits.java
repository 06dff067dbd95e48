package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

/** The label audits of school projects. */
public interface LabelAudits {

    /**
     * Records an audit in the transaction that completes the audit step.
     * @param followUp whether this audit verifies the corrective actions of a conditional one
     * @return the outcome that routes the process
     */
    String record(ProjectId project,
                  LabelAuditForm form,
                  String auditor, boolean followUp);
}

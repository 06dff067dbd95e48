package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The label audits of school projects and of the schools they became. */
public interface LabelAudits {

    /**
     * Checks the inspection against the label's rules and records it, with its findings and corrective
     * actions and the new status of the actions it reviewed, in the transaction that completes the audit step.
     * @return the outcome that routes the process
     * @throws AuditRejectedException when a rule is broken; nothing is stored
     */
    LabelOutcome record(ProjectId project, LabelAuditForm form, String recordedBy, AuditKind kind);

    /** The audits of a project, the oldest first. */
    List<LabelAudit.Summary> ofProject(ProjectId project);

    Optional<LabelAudit> find(UUID id);

    /** The corrective actions of a project not verified yet, the soonest due first. */
    List<CorrectiveAction> openActions(ProjectId project);
}

package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.StepHandler;

/**
 * A step that is an audit of the FNEP label: every such step takes the inspection's form and ends with the
 * label's outcome; its kind says why the audit takes place (a follow-up need not give every verdict).
 */
public interface AuditStep extends StepHandler<LabelAuditForm, LabelOutcome> {

    AuditKind kind();
}

package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.AuditStep;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The four audit steps: the label audit and its follow-ups while the school opens, the re-audit of a labelled
 * school and its follow-ups. One form, one outcome, one recording; only the key and the kind differ.
 */
public abstract class AuditSteps implements AuditStep {

    private final String key;
    private final AuditKind kind;

    @Inject
    LabelAudits audits;

    AuditSteps(String key, AuditKind kind) {
        this.key = key;
        this.kind = kind;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public AuditKind kind() {
        return kind;
    }

    @Override
    public Class<LabelAuditForm> formType() {
        return LabelAuditForm.class;
    }

    @Override
    public Class<LabelOutcome> outcomeType() {
        return LabelOutcome.class;
    }

    @Override
    public String outcomeVariable() {
        return "labelOutcome";
    }

    @Override
    public LabelOutcome record(ProjectId project, LabelAuditForm form, String recordedBy) {
        return audits.record(project, form, recordedBy, kind);
    }

    /** Step 4: the audit for the label. */
    @ApplicationScoped
    public static class Label extends AuditSteps {
        public Label() {
            super("label-audit", AuditKind.LABEL);
        }
    }

    /** Step 4 bis: verifies the corrective actions of a conditional label. */
    @ApplicationScoped
    public static class LabelFollowUp extends AuditSteps {
        public LabelFollowUp() {
            super("label-follow-up", AuditKind.FOLLOW_UP);
        }
    }

    /** The periodic re-audit of a labelled school. */
    @ApplicationScoped
    public static class Renewal extends AuditSteps {
        public Renewal() {
            super("label-renewal-audit", AuditKind.RENEWAL);
        }
    }

    /** Verifies the corrective actions of a conditional re-audit. */
    @ApplicationScoped
    public static class RenewalFollowUp extends AuditSteps {
        public RenewalFollowUp() {
            super("label-renewal-follow-up", AuditKind.FOLLOW_UP);
        }
    }
}

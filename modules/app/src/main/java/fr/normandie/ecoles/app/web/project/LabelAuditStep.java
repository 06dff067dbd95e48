package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Steps 4 and 4 bis: the FNEP label audit and its follow-up, as the audits module takes them today
 * (outcome and date). The auditor's checklist replaces this form with the audits module's own.
 */
@Named
@ViewScoped
public class LabelAuditStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    private LabelOutcome outcome;
    private LocalDate auditedOn;

    @Override
    public Object form() {
        // the minimal form: the inspection checklist (verdicts, findings, actions) has no screen yet
        return new LabelAuditForm(outcome, auditedOn, null, null, null, null, null, null, null);
    }

    public LabelOutcome[] getOutcomes() {
        return LabelOutcome.values();
    }

    public LabelOutcome getOutcome() { return outcome; }
    public void setOutcome(LabelOutcome outcome) { this.outcome = outcome; }
    public LocalDate getAuditedOn() { return auditedOn; }
    public void setAuditedOn(LocalDate auditedOn) { this.auditedOn = auditedOn; }
}

package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A project's label status from its audits (oldest first), its corrective actions still open and its
 * scheduled re-audit. The label is held since the first audit after the last refusal; a conditional
 * label's next audit is its follow-up, due once the last open action falls due; an overdue re-audit
 * makes the label lapse; a label withdrawn by the auditors since the last audit is withdrawn. A label granted
 * before the software reads as an audit that granted it on that day.
 */
final class LabelStatusRule {

    private LabelStatusRule() {
    }

    static LabelStatus of(ProjectId project, List<LabelAudit.Summary> audits, List<CorrectiveAction> openActions,
                          Optional<ScheduledRenewal> renewal) {
        return of(project, audits, openActions, renewal, null);
    }

    /**
     * @param withdrawnOn the day the auditors last withdrew the label outside an audit (null: never); it stands
     *                    unless an audit took place after it
     */
    static LabelStatus of(ProjectId project, List<LabelAudit.Summary> audits, List<CorrectiveAction> openActions,
                          Optional<ScheduledRenewal> renewal, LocalDate withdrawnOn) {
        if (audits.isEmpty()) {
            return new LabelStatus(project, LabelState.NOT_AUDITED, null, 0, null, null, null, null);
        }
        LabelAudit.Summary last = audits.get(audits.size() - 1);
        if (withdrawnOn != null && !withdrawnOn.isBefore(last.auditedOn())) {
            return new LabelStatus(project, LabelState.WITHDRAWN, null, openActions.size(), null, null,
                    last.auditedOn(), last.catalogueVersion());
        }
        if (last.outcome() == LabelOutcome.REFUSED) {
            return new LabelStatus(project, LabelState.REFUSED, null, openActions.size(), null, null,
                    last.auditedOn(), last.catalogueVersion());
        }
        LocalDate labelledSince = last.auditedOn();
        for (int i = audits.size() - 1; i >= 0 && audits.get(i).outcome() != LabelOutcome.REFUSED; i--) {
            labelledSince = audits.get(i).auditedOn();
        }
        Optional<ScheduledRenewal> overdue = renewal.filter(ScheduledRenewal::overdue);
        LabelState state = overdue.isPresent() ? LabelState.LAPSED
                : last.outcome() == LabelOutcome.CONDITIONAL ? LabelState.CONDITIONAL : LabelState.LABELLED;
        LocalDate nextAuditDue = last.outcome() == LabelOutcome.CONDITIONAL
                ? openActions.stream().map(CorrectiveAction::dueOn).max(Comparator.naturalOrder()).orElse(null)
                : renewal.map(ScheduledRenewal::dueOn).orElse(null);
        return new LabelStatus(project, state, labelledSince, openActions.size(), nextAuditDue,
                overdue.map(r -> r.dueOn().plusDays(1)).orElse(null), last.auditedOn(), last.catalogueVersion());
    }
}

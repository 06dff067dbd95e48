package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionForm;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.FindingForm;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Verdict;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The label's rules for an audit, checked before anything is stored: verdicts on the criteria of the
 * audit's catalogue version (every criterion for a full inspection), a finding behind every
 * non-compliance, corrective actions due in the future and, for a major non-conformity, within the
 * allowed delay; every action still open from earlier audits reviewed; a major non-conformity forbids
 * LABELLED until its actions are verified, and CONDITIONAL calls for corrective actions.
 */
class AuditRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AuditSettings settings;

    AuditRules(AuditSettings settings) {
        this.settings = settings;
    }

    /** The due date of a corrective action: the one given, or the end of the delay its finding's severity allows. */
    LocalDate dueOn(Severity severity, LocalDate auditedOn, LocalDate given) {
        return given != null ? given : auditedOn.plus(delay(severity));
    }

    /** Every broken rule, each naming its field; empty when the audit may be stored. */
    List<FieldReason> check(LabelAuditForm form, CatalogueVersion version, AuditKind kind,
                          List<CorrectiveAction> openActions, LocalDate today) {
        List<FieldReason> violations = new ArrayList<>();
        checkVerdicts(form, version, kind, violations);
        checkFindings(form, version, today, violations);
        Map<UUID, ActionStatus> reviewed = checkReviews(form, openActions, violations);
        checkOutcome(form, openActions, reviewed, violations);
        return violations;
    }

    private void checkVerdicts(LabelAuditForm form, CatalogueVersion version, AuditKind kind, List<FieldReason> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.verdicts().size(); i++) {
            CriterionVerdict verdict = form.verdicts().get(i);
            String field = "verdicts[" + i + "]";
            if (version.criterion(verdict.criterion()).isEmpty()) {
                violations.add(new FieldReason(field + ".criterion", "Le critère « " + verdict.criterion()
                        + " » n'existe pas dans la version " + version.number() + " du cahier des charges."));
            } else if (!seen.add(verdict.criterion())) {
                violations.add(new FieldReason(field + ".criterion", "Le critère « " + verdict.criterion()
                        + " » a déjà reçu un verdict."));
            } else if (verdict.verdict() == Verdict.NON_COMPLIANT && !hasNonConformityOn(form, verdict.criterion())) {
                violations.add(new FieldReason(field + ".verdict", "Le critère « " + verdict.criterion()
                        + " » est non conforme : consignez la non-conformité (MAJOR ou MINOR) dans les constats."));
            }
        }
        if (kind.isFullInspection()) {
            List<String> missing = version.criteria().map(Criterion::code).filter(code -> !seen.contains(code)).toList();
            if (!missing.isEmpty()) {
                violations.add(new FieldReason("verdicts", "Un audit de labellisation ou de renouvellement donne un "
                        + "verdict sur chaque critère de la version " + version.number() + " ; il manque : "
                        + String.join(", ", missing) + "."));
            }
        }
    }

    private static boolean hasNonConformityOn(LabelAuditForm form, String criterion) {
        return form.findings().stream()
                .anyMatch(f -> f.severity().isNonConformity() && criterion.equals(f.criterion()));
    }

    private void checkFindings(LabelAuditForm form, CatalogueVersion version, LocalDate today, List<FieldReason> violations) {
        for (int i = 0; i < form.findings().size(); i++) {
            FindingForm finding = form.findings().get(i);
            String field = "findings[" + i + "]";
            if (finding.criterion() != null && !finding.criterion().isBlank()
                    && version.criterion(finding.criterion()).isEmpty()) {
                violations.add(new FieldReason(field + ".criterion", "Le critère « " + finding.criterion()
                        + " » n'existe pas dans la version " + version.number() + " du cahier des charges."));
            }
            if (form.outcome() == LabelOutcome.CONDITIONAL && finding.severity().isNonConformity()
                    && finding.actions().isEmpty()) {
                violations.add(new FieldReason(field + ".actions", "Sous réserve, chaque non-conformité appelle au "
                        + "moins une action corrective (responsable, échéance)."));
            }
            for (int j = 0; j < finding.actions().size(); j++) {
                checkDueDate(form, finding.severity(), finding.actions().get(j), today,
                        field + ".actions[" + j + "].dueOn", violations);
            }
        }
    }

    private void checkDueDate(LabelAuditForm form, Severity severity, ActionForm action, LocalDate today,
                              String field, List<FieldReason> violations) {
        LocalDate due = dueOn(severity, form.auditedOn(), action.dueOn());
        LocalDate latest = form.auditedOn().plus(settings.majorActionDelay());
        if (due.isBefore(today)) {
            violations.add(new FieldReason(field, "L'échéance d'une action corrective ne peut pas être passée ("
                    + DATE.format(due) + ")."));
        } else if (severity == Severity.MAJOR && due.isAfter(latest)) {
            violations.add(new FieldReason(field, "Une non-conformité majeure se corrige dans un délai de "
                    + french(settings.majorActionDelay()) + " après l'audit : échéance au plus tard le "
                    + DATE.format(latest) + "."));
        }
    }

    /** @return the status each open action will have once this audit is stored */
    private Map<UUID, ActionStatus> checkReviews(LabelAuditForm form, List<CorrectiveAction> openActions,
                                                          List<FieldReason> violations) {
        Map<UUID, CorrectiveAction> open = openActions.stream()
                .collect(Collectors.toMap(CorrectiveAction::id, Function.identity()));
        Map<UUID, ActionStatus> after = openActions.stream()
                .collect(Collectors.toMap(CorrectiveAction::id, CorrectiveAction::status));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < form.actionReviews().size(); i++) {
            ActionReview review = form.actionReviews().get(i);
            String field = "actionReviews[" + i + "].action";
            if (!open.containsKey(review.action())) {
                violations.add(new FieldReason(field, "Cette action n'est pas une action corrective ouverte de ce projet."));
            } else if (!seen.add(review.action())) {
                violations.add(new FieldReason(field, "Cette action corrective est déjà revue dans cet audit."));
            } else {
                after.put(review.action(), review.status());
            }
        }
        List<String> forgotten = openActions.stream().filter(a -> !seen.contains(a.id()))
                .map(a -> "« " + a.description() + " »").toList();
        if (!forgotten.isEmpty()) {
            violations.add(new FieldReason("actionReviews", "Faites le point sur chaque action corrective encore "
                    + "ouverte ; il manque : " + String.join(", ", forgotten) + "."));
        }
        return after;
    }

    private void checkOutcome(LabelAuditForm form, List<CorrectiveAction> openActions,
                              Map<UUID, ActionStatus> after, List<FieldReason> violations) {
        if (form.outcome() == LabelOutcome.LABELLED) {
            if (form.findings().stream().anyMatch(f -> f.severity() == Severity.MAJOR)) {
                violations.add(new FieldReason("outcome", "Une non-conformité majeure interdit le label : concluez "
                        + "sous réserve d'actions correctives (CONDITIONAL) ou refusez le label (REFUSED)."));
            }
            openActions.stream()
                    .filter(a -> a.severity() == Severity.MAJOR && after.get(a.id()) != ActionStatus.VERIFIED)
                    .forEach(a -> violations.add(new FieldReason("outcome", "La non-conformité majeure corrigée par « "
                            + a.description() + " » n'est pas levée tant que l'action n'est pas vérifiée (VERIFIED).")));
        }
        if (form.outcome() == LabelOutcome.CONDITIONAL) {
            boolean newActions = form.findings().stream().anyMatch(f -> !f.actions().isEmpty());
            boolean stillOpen = after.values().stream().anyMatch(s -> s != ActionStatus.VERIFIED);
            if (!newActions && !stillOpen) {
                violations.add(new FieldReason("outcome", "Un label sous réserve demande au moins une action "
                        + "corrective ouverte : décrivez-la dans les constats, ou concluez autrement."));
            }
        }
    }

    private Period delay(Severity severity) {
        return severity == Severity.MAJOR ? settings.majorActionDelay() : settings.minorActionDelay();
    }

    /** A period as French prose: {@code P3M} -> "3 mois", {@code P1Y} -> "1 an". */
    static String french(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (Math.abs(period.getYears()) > 1 ? " ans" : " an"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + " mois");
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (Math.abs(period.getDays()) > 1 ? " jours" : " jour"));
        }
        return parts.isEmpty() ? "0 jour" : String.join(" et ", parts);
    }
}

package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionForm;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.Criterion;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.FindingForm;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Theme;
import fr.normandie.ecoles.audits.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small catalogue and inspection forms built on it, for the unit tests of the audit rules. */
final class AuditFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final CatalogueVersion VERSION = new CatalogueVersion(1, Instant.EPOCH, "admin", "v1", List.of(
            new Theme("PROD", "Faire pour apprendre", List.of(
                    new Criterion("PROD-1", "Deux tiers du temps en atelier.", "Emplois du temps."),
                    new Criterion("PROD-2", "Commandes au prix du marché.", null))),
            new Theme("PEDA", "Pédagogie", List.of(
                    new Criterion("PEDA-2", "Douze élèves au plus par maître professionnel.", null)))));

    private AuditFixtures() {
    }

    /** A full inspection: every criterion compliant, no finding. */
    static Form form(LabelOutcome outcome) {
        return new Form(outcome);
    }

    static ActionForm action(String description, LocalDate dueOn) {
        return new ActionForm(description, "Directeur de l'école", dueOn);
    }

    /** A mutable builder of inspection forms. */
    static final class Form {
        LabelOutcome outcome;
        LocalDate auditedOn = TODAY.minusDays(1);
        final List<CriterionVerdict> verdicts = new ArrayList<>();
        final List<FindingForm> findings = new ArrayList<>();
        final List<ActionReview> reviews = new ArrayList<>();

        Form(LabelOutcome outcome) {
            this.outcome = outcome;
            VERSION.criteria().forEach(c -> verdicts.add(new CriterionVerdict(c.code(), Verdict.COMPLIANT, null, null)));
        }

        Form verdict(String criterion, Verdict verdict) {
            verdicts.removeIf(v -> v.criterion().equals(criterion));
            verdicts.add(new CriterionVerdict(criterion, verdict, "Constaté sur place.", null));
            return this;
        }

        Form withoutVerdict(String criterion) {
            verdicts.removeIf(v -> v.criterion().equals(criterion));
            return this;
        }

        Form finding(Severity severity, String criterion, ActionForm... actions) {
            findings.add(new FindingForm(severity, criterion, "Constat sur " + criterion, List.of(actions)));
            return this;
        }

        Form review(ActionReview review) {
            reviews.add(review);
            return this;
        }

        LabelAuditForm build() {
            return new LabelAuditForm(outcome, auditedOn, null, "12 rue de l'Atelier, L'Aigle",
                    List.of("Claire Martin"), verdicts, findings, reviews, null);
        }
    }
}

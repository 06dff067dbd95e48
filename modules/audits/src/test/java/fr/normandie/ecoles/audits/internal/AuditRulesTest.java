package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static fr.normandie.ecoles.audits.internal.AuditFixtures.TODAY;
import static fr.normandie.ecoles.audits.internal.AuditFixtures.VERSION;
import static fr.normandie.ecoles.audits.internal.AuditFixtures.action;
import static fr.normandie.ecoles.audits.internal.AuditFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

class AuditRulesTest {

    private final AuditRules rules = new AuditRules(AuditSettings.defaults());

    @Test
    void aFullyCompliantInspectionMayBeLabelled() {
        assertThat(check(form(LabelOutcome.LABELLED), AuditKind.LABEL)).isEmpty();
    }

    @Test
    void aMajorNonConformityForbidsTheLabel() {
        var form = form(LabelOutcome.LABELLED).verdict("PEDA-2", Verdict.NON_COMPLIANT)
                .finding(Severity.MAJOR, "PEDA-2", action("Recruter un maître professionnel", TODAY.plusMonths(2)));

        assertThat(check(form, AuditKind.LABEL)).extracting(FieldReason::field).containsExactly("outcome");
    }

    @Test
    void aMinorNonConformityDoesNotForbidTheLabel() {
        var form = form(LabelOutcome.LABELLED).verdict("PROD-2", Verdict.PARTIALLY_COMPLIANT)
                .finding(Severity.MINOR, "PROD-2");

        assertThat(check(form, AuditKind.LABEL)).isEmpty();
    }

    @Test
    void aConditionalOutcomeNeedsCorrectiveActions() {
        var form = form(LabelOutcome.CONDITIONAL).verdict("PROD-2", Verdict.PARTIALLY_COMPLIANT)
                .finding(Severity.MINOR, "PROD-2");

        assertThat(check(form, AuditKind.LABEL)).extracting(FieldReason::field)
                .containsExactly("findings[0].actions", "outcome");
    }

    @Test
    void aConditionalOutcomeWithAnActionPerNonConformityIsAccepted() {
        var form = form(LabelOutcome.CONDITIONAL).verdict("PEDA-2", Verdict.NON_COMPLIANT)
                .finding(Severity.MAJOR, "PEDA-2", action("Recruter un maître professionnel", null))
                .finding(Severity.OBSERVATION, null);

        assertThat(check(form, AuditKind.LABEL)).isEmpty();
    }

    @Test
    void anActionCannotFallDueInThePast() {
        var form = form(LabelOutcome.CONDITIONAL).verdict("PROD-2", Verdict.PARTIALLY_COMPLIANT)
                .finding(Severity.MINOR, "PROD-2", action("Revoir la grille tarifaire", TODAY.minusDays(1)));

        List<FieldReason> violations = check(form, AuditKind.LABEL);

        assertThat(violations).extracting(FieldReason::field).containsExactly("findings[0].actions[0].dueOn");
        assertThat(violations.get(0).message()).contains("ne peut pas être passée");
    }

    @Test
    void aMajorNonConformityIsCorrectedWithinThreeMonthsOfTheAuditByDefault() {
        var form = form(LabelOutcome.CONDITIONAL).verdict("PEDA-2", Verdict.NON_COMPLIANT)
                .finding(Severity.MAJOR, "PEDA-2", action("Recruter", TODAY.minusDays(1).plusMonths(3).plusDays(1)));

        List<FieldReason> violations = check(form, AuditKind.LABEL);

        assertThat(violations).extracting(FieldReason::field).containsExactly("findings[0].actions[0].dueOn");
        assertThat(violations.get(0).message()).contains("3 mois").contains("01/06/2026");
        assertThat(rules.dueOn(Severity.MAJOR, TODAY, null)).isEqualTo(TODAY.plusMonths(3));
        assertThat(rules.dueOn(Severity.MINOR, TODAY, null)).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void theMajorDelayIsASetting() {
        AuditRules sixWeeks = new AuditRules(new AuditSettings(Period.ofWeeks(6), Period.ofMonths(6),
                Period.ofYears(3), Period.ofMonths(3)));
        var form = form(LabelOutcome.CONDITIONAL).verdict("PEDA-2", Verdict.NON_COMPLIANT)
                .finding(Severity.MAJOR, "PEDA-2", action("Recruter", TODAY.plusMonths(2)));

        assertThat(sixWeeks.check(form.build(), VERSION, AuditKind.LABEL, List.of(), TODAY))
                .extracting(FieldReason::message).singleElement().asString().contains("42 jours");
    }

    @Test
    void verdictsMustBeOnCriteriaOfTheAuditsCatalogueVersionOnceEach() {
        var form = form(LabelOutcome.LABELLED).verdict("XXX-9", Verdict.COMPLIANT);
        form.verdicts.add(form.verdicts.get(0));

        assertThat(check(form, AuditKind.LABEL)).extracting(FieldReason::field)
                .containsExactly("verdicts[3].criterion", "verdicts[4].criterion");
    }

    @Test
    void aFullInspectionGivesAVerdictOnEveryCriterionAFollowUpNeedNot() {
        var form = form(LabelOutcome.LABELLED).withoutVerdict("PROD-1").withoutVerdict("PEDA-2");

        List<FieldReason> violations = check(form, AuditKind.RENEWAL);

        assertThat(violations).extracting(FieldReason::field).containsExactly("verdicts");
        assertThat(violations.get(0).message()).endsWith("il manque : PROD-1, PEDA-2.");
        assertThat(check(form, AuditKind.FOLLOW_UP)).isEmpty();
    }

    @Test
    void aNonCompliantCriterionIsBackedByANonConformity() {
        var form = form(LabelOutcome.REFUSED).verdict("PROD-1", Verdict.NON_COMPLIANT)
                .finding(Severity.OBSERVATION, "PROD-1");

        assertThat(check(form, AuditKind.LABEL)).extracting(FieldReason::field).containsExactly("verdicts[2].verdict");
    }

    @Test
    void aFollowUpReviewsEveryOpenActionAndLabelsOnlyOnceTheMajorOnesAreVerified() {
        CorrectiveAction major = open(Severity.MAJOR, "Recruter un maître professionnel");
        CorrectiveAction minor = open(Severity.MINOR, "Tenir les livrets à jour");

        var forgetting = form(LabelOutcome.LABELLED).review(new ActionReview(major.id(), ActionStatus.DONE, null));
        assertThat(rules.check(forgetting.build(), VERSION, AuditKind.FOLLOW_UP, List.of(major, minor), TODAY))
                .extracting(FieldReason::field).containsExactly("actionReviews", "outcome");

        var verified = form(LabelOutcome.LABELLED)
                .review(new ActionReview(major.id(), ActionStatus.VERIFIED, "Recrutement constaté."))
                .review(new ActionReview(minor.id(), ActionStatus.OPEN, null));
        assertThat(rules.check(verified.build(), VERSION, AuditKind.FOLLOW_UP, List.of(major, minor), TODAY)).isEmpty();
    }

    @Test
    void aFollowUpStaysConditionalOnlyWhileSomeActionIsOpen() {
        CorrectiveAction minor = open(Severity.MINOR, "Tenir les livrets à jour");

        var allVerified = form(LabelOutcome.CONDITIONAL).review(new ActionReview(minor.id(), ActionStatus.VERIFIED, null));
        assertThat(rules.check(allVerified.build(), VERSION, AuditKind.FOLLOW_UP, List.of(minor), TODAY))
                .extracting(FieldReason::field).containsExactly("outcome");

        var stillOpen = form(LabelOutcome.CONDITIONAL).review(new ActionReview(minor.id(), ActionStatus.DONE, null));
        assertThat(rules.check(stillOpen.build(), VERSION, AuditKind.FOLLOW_UP, List.of(minor), TODAY)).isEmpty();
    }

    @Test
    void onlyOpenActionsOfTheProjectCanBeReviewedOnceEach() {
        CorrectiveAction minor = open(Severity.MINOR, "Tenir les livrets à jour");
        var form = form(LabelOutcome.REFUSED)
                .review(new ActionReview(UUID.randomUUID(), ActionStatus.VERIFIED, null))
                .review(new ActionReview(minor.id(), ActionStatus.OPEN, null))
                .review(new ActionReview(minor.id(), ActionStatus.DONE, null));

        assertThat(rules.check(form.build(), VERSION, AuditKind.FOLLOW_UP, List.of(minor), TODAY))
                .extracting(FieldReason::field).containsExactly("actionReviews[0].action", "actionReviews[2].action");
    }

    @Test
    void aRefusalNeedsNoAction() {
        var form = form(LabelOutcome.REFUSED).verdict("PEDA-2", Verdict.NON_COMPLIANT).finding(Severity.MAJOR, "PEDA-2");

        assertThat(check(form, AuditKind.LABEL)).isEmpty();
    }

    @Test
    void periodsReadAsFrenchProse() {
        assertThat(AuditRules.french(Period.ofMonths(3))).isEqualTo("3 mois");
        assertThat(AuditRules.french(Period.ofYears(1))).isEqualTo("1 an");
        assertThat(AuditRules.french(Period.of(2, 6, 0))).isEqualTo("2 ans et 6 mois");
    }

    private List<FieldReason> check(AuditFixtures.Form form, AuditKind kind) {
        return rules.check(form.build(), VERSION, kind, List.of(), TODAY);
    }

    private static CorrectiveAction open(Severity severity, String description) {
        return new CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(), severity, description, "Directeur",
                LocalDate.of(2026, 2, 1), ActionStatus.OPEN);
    }
}

package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.schools.ProjectId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LabelStatusRuleTest {

    private final ProjectId project = ProjectId.random();

    @Test
    void aProjectNeverAuditedHasNoLabel() {
        LabelStatus status = LabelStatusRule.of(project, List.of(), List.of(), Optional.empty());

        assertThat(status.state()).isEqualTo(LabelState.NOT_AUDITED);
        assertThat(status.labelledSince()).isNull();
    }

    @Test
    void aConditionalLabelIsHeldSinceItsAuditWithItsFollowUpDueOnceTheLastActionFallsDue() {
        LabelStatus status = LabelStatusRule.of(project,
                List.of(audit(LabelOutcome.CONDITIONAL, "2026-01-10")),
                List.of(action("2026-04-10"), action("2026-07-10")), Optional.empty());

        assertThat(status.state()).isEqualTo(LabelState.CONDITIONAL);
        assertThat(status.labelledSince()).isEqualTo("2026-01-10");
        assertThat(status.conditionsPending()).isEqualTo(2);
        assertThat(status.nextAuditDue()).isEqualTo("2026-07-10");
    }

    @Test
    void aLabelledSchoolIsHeldSinceTheFirstAuditAfterTheLastRefusalAndAwaitsItsReAudit() {
        LabelStatus status = LabelStatusRule.of(project,
                List.of(audit(LabelOutcome.REFUSED, "2020-01-10"), audit(LabelOutcome.CONDITIONAL, "2021-01-10"),
                        audit(LabelOutcome.LABELLED, "2021-06-10"), audit(LabelOutcome.LABELLED, "2024-06-01")),
                List.of(), Optional.of(new ScheduledRenewal(project, LocalDate.parse("2027-06-01"),
                        LocalDate.parse("2027-03-01"), false, false)));

        assertThat(status.state()).isEqualTo(LabelState.LABELLED);
        assertThat(status.labelledSince()).isEqualTo("2021-01-10");
        assertThat(status.nextAuditDue()).isEqualTo("2027-06-01");
        assertThat(status.lapsedSince()).isNull();
        assertThat(status.lastAuditedOn()).isEqualTo("2024-06-01");
    }

    @Test
    void anOverdueReAuditMakesTheLabelLapseTheDayAfterItWasDue() {
        LabelStatus status = LabelStatusRule.of(project, List.of(audit(LabelOutcome.LABELLED, "2023-06-01")),
                List.of(), Optional.of(new ScheduledRenewal(project, LocalDate.parse("2026-06-01"),
                        LocalDate.parse("2026-03-01"), true, true)));

        assertThat(status.state()).isEqualTo(LabelState.LAPSED);
        assertThat(status.lapsedSince()).isEqualTo("2026-06-02");
        assertThat(status.nextAuditDue()).isEqualTo("2026-06-01");
    }

    @Test
    void aRefusalEndsTheLabel() {
        LabelStatus status = LabelStatusRule.of(project,
                List.of(audit(LabelOutcome.LABELLED, "2023-06-01"), audit(LabelOutcome.REFUSED, "2026-06-01")),
                List.of(), Optional.empty());

        assertThat(status.state()).isEqualTo(LabelState.REFUSED);
        assertThat(status.labelledSince()).isNull();
        assertThat(status.nextAuditDue()).isNull();
    }

    @Test
    void aLabelWithdrawnByTheAuditorsIsWithdrawnUntilALaterAuditGrantsItAgain() {
        List<LabelAudit.Summary> labelled = List.of(audit(LabelOutcome.LABELLED, "2023-06-01"));
        Optional<ScheduledRenewal> none = Optional.empty();

        LabelStatus withdrawn = LabelStatusRule.of(project, labelled, List.of(), none, LocalDate.parse("2025-02-01"));
        assertThat(withdrawn.state()).isEqualTo(LabelState.WITHDRAWN);
        assertThat(withdrawn.labelledSince()).isNull();
        assertThat(withdrawn.nextAuditDue()).isNull();

        List<LabelAudit.Summary> relabelled = List.of(audit(LabelOutcome.LABELLED, "2023-06-01"),
                audit(LabelOutcome.LABELLED, "2025-09-01"));
        assertThat(LabelStatusRule.of(project, relabelled, List.of(), none, LocalDate.parse("2025-02-01")).state())
                .isEqualTo(LabelState.LABELLED);
    }

    private LabelAudit.Summary audit(LabelOutcome outcome, String on) {
        return new LabelAudit.Summary(UUID.randomUUID(), project, AuditKind.LABEL, LocalDate.parse(on), "Site",
                "auditor", 1, outcome, 80);
    }

    private static CorrectiveAction action(String dueOn) {
        return new CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(), Severity.MINOR, "Action", "Directeur",
                LocalDate.parse(dueOn), ActionStatus.OPEN);
    }
}

package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleLineForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static fr.normandie.ecoles.funding.PaymentKind.ADVANCE;
import static fr.normandie.ecoles.funding.PaymentKind.BALANCE;
import static fr.normandie.ecoles.funding.PaymentKind.INSTALMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ScheduleRulesTest {

    private static final LocalDate VOTE = LocalDate.of(2021, 3, 15);

    private final ScheduleRules rules = new ScheduleRules(new BigDecimal("0.30"), new BigDecimal("0.20"), 1,
            Period.ofMonths(6));

    @Test
    void theDefaultPlanIsACappedAdvanceAnInstalmentAndTheBalance() {
        List<ScheduleLineForm> plan = rules.defaultPlan(new BigDecimal("500000.00"), VOTE);

        assertThat(plan).extracting(ScheduleLineForm::kind).containsExactly(ADVANCE, INSTALMENT, BALANCE);
        assertThat(plan).extracting(ScheduleLineForm::amount).containsExactly(new BigDecimal("150000.00"),
                new BigDecimal("250000.00"), new BigDecimal("100000.00"));
        assertThat(plan).extracting(ScheduleLineForm::dueOn).containsExactly(VOTE, VOTE.plusMonths(6),
                VOTE.plusMonths(12));
        assertThat(plan.get(2).condition()).startsWith("Sur justificatifs");
        assertThat(rules.check(plan, new BigDecimal("500000.00"), "schedule")).isEmpty();
    }

    @Test
    void theDefaultPlanAddsUpToTheCentWhateverTheRounding() {
        ScheduleRules three = new ScheduleRules(new BigDecimal("0.30"), new BigDecimal("0.20"), 3, Period.ofMonths(4));
        BigDecimal granted = new BigDecimal("100000.01");

        List<ScheduleLineForm> plan = three.defaultPlan(granted, VOTE);

        assertThat(plan).extracting(ScheduleLineForm::kind)
                .containsExactly(ADVANCE, INSTALMENT, INSTALMENT, INSTALMENT, BALANCE);
        assertThat(plan.stream().map(ScheduleLineForm::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(granted);
        assertThat(plan.get(0).amount()).isEqualByComparingTo("30000.00");
        assertThat(three.check(plan, granted, "schedule")).isEmpty();
    }

    @Test
    void aGrantOfAFewCentsIsPaidAsABalance() {
        List<ScheduleLineForm> plan = rules.defaultPlan(new BigDecimal("0.01"), VOTE);

        assertThat(plan).extracting(ScheduleLineForm::kind, ScheduleLineForm::amount)
                .containsExactly(tuple(BALANCE, new BigDecimal("0.01")));
    }

    @Test
    void refusesAnAdvanceAboveItsCap() {
        List<ScheduleLineForm> schedule = List.of(line(ADVANCE, "150000.01", 0), line(BALANCE, "349999.99", 12));

        assertThat(rules.check(schedule, new BigDecimal("500000"), "schedule"))
                .extracting(Breach::path, Breach::message)
                .containsExactly(tuple("schedule[0].amount", "L'avance ne peut "
                        + "dépasser 30\u00A0% du montant accordé : 150\u00A0000,00\u00A0€ au plus."));
    }

    @Test
    void refusesAScheduleThatDoesNotAddUpToTheGrant() {
        List<ScheduleLineForm> schedule = List.of(line(ADVANCE, "100000", 0), line(BALANCE, "300000", 12));

        assertThat(rules.check(schedule, new BigDecimal("500000"), "lines")).extracting(Breach::path, Breach::message)
                .containsExactly(tuple("lines", "La somme des échéances "
                        + "(400\u00A0000,00\u00A0€) doit égaler le montant accordé (500\u00A0000,00\u00A0€)."));
    }

    @Test
    void theAdvanceComesFirstAndTheBalanceLast() {
        List<ScheduleLineForm> schedule = List.of(line(INSTALMENT, "100000", 0), line(BALANCE, "100000", 3),
                line(ADVANCE, "100000", 6), line(INSTALMENT, "200000", 9));

        assertThat(rules.check(schedule, new BigDecimal("500000"), "schedule")).extracting(Breach::path)
                .containsExactly("schedule[1].kind", "schedule[2].kind", "schedule[3].kind");
    }

    @Test
    void linesFollowEachOtherInTime() {
        List<ScheduleLineForm> schedule = List.of(line(ADVANCE, "100000", 6), line(BALANCE, "400000", 0));

        assertThat(rules.check(schedule, new BigDecimal("500000"), "schedule")).extracting(Breach::path)
                .containsExactly("schedule[1].dueOn");
    }

    @Test
    void leavesIncompleteLinesToTheirOwnConstraints() {
        List<ScheduleLineForm> schedule = List.of(new ScheduleLineForm(null, null, null, null));

        assertThat(rules.check(schedule, new BigDecimal("500000"), "schedule")).isEmpty();
    }

    @Test
    void refusesSettingsThatLeaveNoBalance() {
        assertThatThrownBy(() -> new ScheduleRules(new BigDecimal("0.9"), new BigDecimal("0.2"), 1, Period.ofMonths(6)))
                .hasMessageContaining("funding.advance.max");
        assertThatThrownBy(() -> new ScheduleRules(new BigDecimal("0.3"), new BigDecimal("0.2"), 1, Period.ZERO))
                .hasMessageContaining("funding.schedule.interval");
    }

    private static ScheduleLineForm line(PaymentKind kind, String amount, int monthsAfterVote) {
        return new ScheduleLineForm(kind, new BigDecimal(amount), VOTE.plusMonths(monthsAfterVote), null);
    }
}

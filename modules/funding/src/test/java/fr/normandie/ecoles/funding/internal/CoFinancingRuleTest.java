package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.CoFinancingProgramme;
import fr.normandie.ecoles.funding.FundedLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static fr.normandie.ecoles.funding.CoFinancingProgramme.FOUNDATION;
import static fr.normandie.ecoles.funding.CoFinancingProgramme.PIC_NATIONAL_CALL;
import static fr.normandie.ecoles.funding.CoFinancingProgramme.PIC_REGIONAL;
import static fr.normandie.ecoles.funding.FundedLine.INVESTMENT;
import static fr.normandie.ecoles.funding.FundedLine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

class CoFinancingRuleTest {

    @Test
    void aLineOfTheRegionalPicCannotBeCoFinancedByTheNationalCalls() {
        List<CoFinancing> coFinancers = List.of(funder(FOUNDATION, OPERATION), funder(PIC_NATIONAL_CALL, OPERATION));

        List<Breach> breaches = CoFinancingRule.check(coFinancers, Set.of(OPERATION));

        assertThat(breaches).extracting(Breach::path).containsExactly("coFinancers[1].programme");
        assertThat(breaches.get(0).message()).isEqualTo("La ligne de fonctionnement est financée par la part "
                + "régionale du PIC : elle ne peut pas être cofinancée par les appels à projets nationaux du PIC, "
                + "et inversement (règle de 2019).");
    }

    @Test
    void andTheReverseWhenBothComeFromCoFinancers() {
        List<CoFinancing> coFinancers = List.of(funder(PIC_NATIONAL_CALL, INVESTMENT), funder(PIC_REGIONAL, INVESTMENT));

        assertThat(CoFinancingRule.check(coFinancers, Set.of())).extracting(Breach::path)
                .containsExactly("coFinancers[0].programme");
    }

    @Test
    void theTwoPartsOfThePlanMayFundDifferentLines() {
        List<CoFinancing> coFinancers = List.of(funder(PIC_NATIONAL_CALL, INVESTMENT), funder(PIC_REGIONAL, OPERATION));

        assertThat(CoFinancingRule.check(coFinancers, Set.of(OPERATION))).isEmpty();
    }

    @Test
    void theNationalCallsMayCoFinanceALineTheRegionFundsFromItsOwnBudget() {
        assertThat(CoFinancingRule.check(List.of(funder(PIC_NATIONAL_CALL, OPERATION)), Set.of())).isEmpty();
    }

    private static CoFinancing funder(CoFinancingProgramme programme, FundedLine line) {
        return new CoFinancing("Financeur " + programme, programme, line, new BigDecimal("20000"));
    }
}

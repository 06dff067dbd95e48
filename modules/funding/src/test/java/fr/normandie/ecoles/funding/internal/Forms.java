package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Subsidy decision forms for the tests: a valid grant, changed one field at a time. */
record Forms(BigDecimal investmentRequested, BigDecimal investmentEligible, BigDecimal investmentGranted,
             BigDecimal operatingRequested, BigDecimal operatingEligible, OperatingBasis basis, Integer pupils,
             BigDecimal operatingGranted, List<CoFinancing> coFinancers, Set<FundedLine> regionalPicLines) {

    /** Usin'Eure's figures: 350 k€ of a 1 M€ eligible investment, 150 k€ of a 500 k€ operating budget. */
    static Forms grant() {
        return new Forms(euros(350_000), euros(1_000_000), euros(350_000), euros(150_000), euros(500_000),
                OperatingBasis.BUDGET_SHARE, null, euros(150_000), List.of(), Set.of());
    }

    static BigDecimal euros(long amount) {
        return BigDecimal.valueOf(amount);
    }

    Forms investment(long requested, long eligible, long granted) {
        return new Forms(euros(requested), euros(eligible), euros(granted), operatingRequested, operatingEligible,
                basis, pupils, operatingGranted, coFinancers, regionalPicLines);
    }

    Forms operating(long requested, long eligible, long granted) {
        return new Forms(investmentRequested, investmentEligible, investmentGranted, euros(requested), euros(eligible),
                basis, pupils, euros(granted), coFinancers, regionalPicLines);
    }

    Forms perPupil(Integer pupils) {
        return new Forms(investmentRequested, investmentEligible, investmentGranted, operatingRequested,
                operatingEligible, OperatingBasis.PER_PUPIL, pupils, operatingGranted, coFinancers, regionalPicLines);
    }

    Forms coFinancedBy(List<CoFinancing> coFinancers, Set<FundedLine> regionalPicLines) {
        return new Forms(investmentRequested, investmentEligible, investmentGranted, operatingRequested,
                operatingEligible, basis, pupils, operatingGranted, coFinancers, regionalPicLines);
    }

    SubsidyDecisionForm granted() {
        return form(SubsidyDecision.GRANTED);
    }

    SubsidyDecisionForm form(SubsidyDecision decision) {
        return new SubsidyDecisionForm(decision, 2021, LocalDate.of(2021, 3, 15), "CP-2021-03-12",
                investmentRequested, investmentEligible, investmentGranted, operatingRequested, operatingEligible,
                basis, pupils, operatingGranted, List.of(), coFinancers, regionalPicLines, null, null);
    }
}

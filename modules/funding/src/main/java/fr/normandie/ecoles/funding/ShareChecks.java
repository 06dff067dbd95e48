package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Region's share rules as configured (each with its mode), for any grant: the opening's subsidy
 * decision and the school grants alike.
 */
public interface ShareChecks {

    /**
     * The warnings a granted line raises against the rules in the {@link RuleMode#WARN} mode; a breach of a
     * rule in the {@link RuleMode#REFUSE} mode is thrown.
     * @param field       the form field holding the granted amount (where a refusal is shown)
     * @param basis       how operating aid is capped (ignored for investment)
     * @param pupils      the pupils, for a per-pupil operating aid
     * @throws fr.normandie.ecoles.kernel.Rejected when a rule in the REFUSE mode is broken
     */
    List<RuleWarning> check(BudgetKind kind, BigDecimal eligible, BigDecimal granted, OperatingBasis basis,
                            Integer pupils, String field);

    /**
     * Refuses warnings left unanswered: without a justification, a 422 on {@code justificationField} listing them.
     * @throws fr.normandie.ecoles.kernel.Rejected when there are warnings and no justification
     */
    void requireJustified(List<RuleWarning> warnings, String justification, String justificationField);
}

package fr.normandie.ecoles.funding;

import java.math.BigDecimal;

/**
 * One budget line of a decision (euros): requested, eligible, granted, and the Region's share of the
 * eligible amount (0.35 for 35 %; null when nothing is eligible).
 */
public record LineAmounts(BigDecimal requested, BigDecimal eligible, BigDecimal granted, BigDecimal share) {
}

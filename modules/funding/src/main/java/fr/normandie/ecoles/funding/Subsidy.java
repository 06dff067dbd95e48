package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A subsidy decision in full: the project, the vote, each line's amounts and share, the totals granted,
 * paid and left to pay (euros), the schedule with the payments made, the co-financers, the lines paid
 * from the regional part of the skills plan, the particular conditions, who recorded it and when; the
 * Region's rules of thumb it departs from ({@code ruleWarnings}) with the officer's written justification.
 */
public record Subsidy(String id, String projectId, String projectName, String departmentCode, String carrier,
                      SubsidyDecision decision, Integer envelopeYear, LocalDate votedOn, String deliberation,
                      LineAmounts investment, LineAmounts operating, OperatingBasis operatingBasis, Integer pupils,
                      BigDecimal granted, BigDecimal paid, BigDecimal toPay, List<ScheduledPayment> schedule,
                      List<Payment> payments, List<CoFinancing> coFinancers, Set<FundedLine> regionalPicLines,
                      String conditions, String decidedBy, Instant decidedAt, List<String> ruleWarnings,
                      String justification) {
}

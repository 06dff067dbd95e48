package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy decision as a list shows it: the project, the vote, the amounts granted, paid and left to
 * pay (euros). {@code envelopeYear}, {@code votedOn} and {@code deliberation} are null for a refusal
 * that did not state them.
 */
public record SubsidySummary(String id, String projectId, String projectName, String departmentCode,
                             String carrier, SubsidyDecision decision, Integer envelopeYear, LocalDate votedOn,
                             String deliberation, BigDecimal investmentGranted, BigDecimal operatingGranted,
                             BigDecimal granted, BigDecimal paid, BigDecimal toPay) {
}

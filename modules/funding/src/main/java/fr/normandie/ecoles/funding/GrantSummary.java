package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant in a list: its school (or, for an opening grant, its project), kind, status, years, vote, amounts, and
 * when its next instalment is due (null when none is).
 */
public record GrantSummary(String id, GrantKind kind, GrantStatus status, String schoolId, String projectId,
                           String schoolName, String beneficiary, String departmentCode, int firstYear, int years,
                           LocalDate votedOn, String deliberation, boolean agreementRequired,
                           LocalDate agreementSignedOn, BigDecimal requested, BigDecimal granted, BigDecimal paid,
                           LocalDate nextPaymentDue) {
}

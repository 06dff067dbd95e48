package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ReportState;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A school's use-of-grant report for one year of a grant, where it stands and who acted on it (issue 16). A report
 * filed by a funding officer (received on paper) is validated at once.
 *
 * @param version what a change must name to be accepted (a stale page is refused)
 */
public record UseOfGrantReport(String grant, String school, String schoolName, GrantKind kind, int year,
                               ReportState state, BigDecimal staff, BigDecimal supplies, BigDecimal equipment,
                               BigDecimal premises, BigDecimal other, BigDecimal total, String summary,
                               String submittedBy, Instant submittedAt, String validatedBy, Instant validatedAt,
                               String returnReason, long version) {
}

package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.util.UUID;

/**
 * A school's yearly results as a report (issue 16): the figures, where they stand, who submitted and who validated
 * them and when, the reason they were sent back. Results entered by the Region's staff are validated at once.
 *
 * @param version what a change must name to be accepted (a stale page is refused)
 */
public record ResultsReport(UUID school, String schoolName, int schoolYear, ReportState state, YearlyResults results,
                            String submittedBy, Instant submittedAt, String validatedBy, Instant validatedAt,
                            String returnReason, long version) {
}

package fr.normandie.ecoles.schools;

/**
 * Where a report filed by a school stands (issue 16: its yearly results, its use-of-grant report): submitted by the
 * school and waiting for the Region, sent back to the school with a reason, or validated by the Region. Only a
 * validated report counts (the indicators, the dashboard, the CREFOP report; a grant's balance).
 */
public enum ReportState {
    SUBMITTED, RETURNED, VALIDATED
}

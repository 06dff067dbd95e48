package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.FreeText;

/**
 * The rules every report a school files follows (issue 16: its yearly results here, its use-of-grant reports in the
 * funding module), stated once for both.
 */
public final class ReportRules {

    private ReportRules() {
    }

    /**
     * A change names the version of the report it was made on; a first filing names none.
     * @param stored the report's version, null when the year has no report yet
     * @throws StaleReportException when they differ
     */
    public static void requireCurrent(Long stored, Long named) {
        if (stored == null ? named != null : !stored.equals(named)) {
            throw new StaleReportException();
        }
    }

    /**
     * Only a submitted report is validated or sent back.
     * @param what the report, in French ("Aucun résultat 2024-2025 de cette école")
     */
    public static void requireSubmitted(ReportState state, String what) {
        if (state != ReportState.SUBMITTED) {
            throw new ReportLockedException(what + " n'attend de validation.");
        }
    }

    /** The reason a report is sent back with, which the school reads: required. */
    public static String requireReason(ReportDecision decision) {
        String reason = FreeText.optional(decision == null ? null : decision.reason());
        if (reason == null) {
            throw new InvalidInputException("reason", "Indiquez à l'école pourquoi son compte rendu lui est renvoyé.");
        }
        return reason;
    }
}

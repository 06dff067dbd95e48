package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;
import java.util.UUID;

/**
 * A school's yearly results filed by the school itself (issue 16): its carrier's accounts submit them for their own
 * school only, the Region's staff validate them or send them back with a reason; only validated results count.
 * Every method takes the {@link Caller}: a carrier reaches its own schools alone, another's school is answered as
 * unknown ({@link UnknownSchoolException}) and nothing is written.
 */
public interface YearlyReports {

    /** The school's results, every state, newest year first. */
    List<ResultsReport> ofSchool(Caller caller, UUID school);

    /**
     * Submits (or corrects) a school year's results for the Region to validate, with the same rules as
     * {@link Schools#recordResults}; the school's carrier only.
     *
     * @param version the version of the year's report the page was made from; null for a year not reported yet
     * @throws ReportLockedException for a year already validated
     * @throws StaleReportException when the year's report changed meanwhile
     */
    ResultsReport submit(Caller caller, UUID school, YearlyResults results, Long version);

    /** Validates a submitted year (staff, administrators): it counts from now on. */
    ResultsReport validate(Caller caller, UUID school, int schoolYear, ReportDecision decision);

    /** Sends a submitted year back to the school with a reason (staff, administrators), which it reads and corrects. */
    ResultsReport sendBack(Caller caller, UUID school, int schoolYear, ReportDecision decision);
}

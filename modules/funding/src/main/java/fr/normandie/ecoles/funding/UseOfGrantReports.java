package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ReportDecision;

import java.util.List;
import java.util.UUID;

/**
 * The schools' use-of-grant reports (issue 16): per grant to an open school and year, the school files it, a funding
 * officer validates it or sends it back with a reason; a grant's balance is paid only once the report of the year it
 * pays is validated ({@link UseReportMissingException}). Every method takes the {@link Caller}: a carrier reaches
 * the grants of its own schools alone, another's grant or school is answered as unknown and nothing is written.
 */
public interface UseOfGrantReports {

    /** The school's grants to report on (operating and investment grants voted), with their reports. */
    List<ReportableGrant> ofSchool(Caller caller, UUID school);

    /** The grant's reports, oldest year first. */
    List<UseOfGrantReport> ofGrant(Caller caller, GrantId grant);

    /**
     * Files (or corrects) a year's report: the school's carrier submits it for validation; a funding officer files a
     * report received on paper, validated at once.
     *
     * @param version the version of the year's report the page was made from; null for a year not reported yet
     */
    UseOfGrantReport file(Caller caller, GrantId grant, UseOfGrantForm form, Long version);

    /** Validates a submitted report (funding officers). */
    UseOfGrantReport validate(Caller caller, GrantId grant, int year, ReportDecision decision);

    /** Sends a submitted report back to the school with a reason (funding officers). */
    UseOfGrantReport sendBack(Caller caller, GrantId grant, int year, ReportDecision decision);

    /** A grant the school reports on: its years and the reports filed so far. */
    record ReportableGrant(GrantSummary grant, List<UseOfGrantReport> reports) {
    }
}

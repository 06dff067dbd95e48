package fr.normandie.ecoles.schools;

import java.util.Optional;
import java.util.SortedMap;

/**
 * The network's key figures on a date, as the dashboard shows them: schools open and their places, schools
 * opened each year, and the totals of the latest school year any school reported.
 *
 * @param openedByYear schools opened each year up to the date, by year (years without an opening absent)
 */
public record NetworkFigures(int openSchools, int places, SortedMap<Integer, Integer> openedByYear,
                             Optional<YearTotals> latestResults) {

    /** The sums of every school's results for one school year. */
    public record YearTotals(int schoolYear, int pupils, int leavers, int leaversInJobOrApprenticeship) {

        /** Leavers in a job or apprenticeship among all leavers, in percent; null without leavers. */
        public Integer insertionRate() {
            return leavers == 0 ? null : Math.round(100f * leaversInJobOrApprenticeship / leavers);
        }
    }
}

package fr.normandie.ecoles.schools;

import java.util.Optional;
import java.util.SortedMap;

/**
 * The network's key figures on a date, as the dashboard shows them: schools open and their places, schools
 * opened each year, and the totals of the latest school year any school reported.
 *
 * Counts are {@code long}: the database sums them as {@code bigint}, whatever the rows hold.
 *
 * @param openedByYear schools opened each year up to the date less those suspended or closed that year (plus those
 *                     resumed), by year: their running sum is the number of schools open at each year's end
 */
public record NetworkFigures(int openSchools, long places, SortedMap<Integer, Integer> openedByYear,
                             Optional<YearTotals> latestResults) {

    /** The sums of every school's results for one school year. */
    public record YearTotals(int schoolYear, long pupils, long leavers, long leaversInJobOrApprenticeship) {

        /** Leavers in a job or apprenticeship among all leavers, in percent; null without leavers. */
        public Integer insertionRate() {
            return leavers == 0 ? null : (int) Math.round(100d * leaversInJobOrApprenticeship / leavers);
        }
    }
}

package fr.normandie.ecoles.schools;

import java.util.Map;

/**
 * The indicators of one school year, for a school, a department or the region: the sums of the results
 * reported, and the shares the plenary of the CREFOP quoted.
 *
 * @param schools how many schools reported results for that year
 * @param referredByMissionLocale pupils referred by a Mission Locale among the pupils of the schools that said so
 * @param insertionOrFurtherStudy leavers in a job, in work-study or in further study among all leavers (the
 *                                plenary's "insertion or further study", near 100 %)
 * @param workStudy leavers who continue in apprenticeship or another work-study contract among all leavers
 *                  (the plenary's 50 %)
 * @param insertion leavers in a job or in work-study among all leavers (the dashboard's first insertion rate)
 * @param passRates candidates who passed among those presented, per diploma (only diplomas with candidates)
 */
public record YearIndicators(int schoolYear, int schools, long pupils, long pupilsUnder16, long pupils16To18,
                             long pupilsOver18, Rate referredByMissionLocale, long leavers,
                             Rate insertionOrFurtherStudy, Rate workStudy, Rate insertion,
                             Map<Diploma, Rate> passRates) {

    public YearIndicators {
        passRates = Map.copyOf(passRates);
    }

    /** The school year as people write it: {@code 2023-2024}. */
    public String label() {
        return schoolYear + "-" + (schoolYear + 1);
    }

    /** The pass rate of all diplomas together. */
    public Rate passRate() {
        return passRates.values().stream().reduce(Rate.NONE, Rate::plus);
    }

    /** A diploma's pass rate, {@link Rate#NONE} when no candidate was presented (for pages, which index by name). */
    public Rate passRate(String diploma) {
        return passRates.getOrDefault(Diploma.valueOf(diploma), Rate.NONE);
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.Rate;
import fr.normandie.ecoles.schools.ResultIndicators.Indicators;
import fr.normandie.ecoles.schools.SchoolResults;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.schools.YearlyResults;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adds up yearly results into indicators: the counts are summed (as {@code long}) and the shares computed
 * from the sums, so that a department's rate weighs each school by its leavers or candidates. Results
 * without a detail (the age groups, the Mission Locale, per-diploma figures of results recorded before they
 * were asked for) count in the totals they have and stay out of the shares that need the detail.
 */
final class ResultsTally {

    private ResultsTally() {
    }

    static Indicators of(Collection<SchoolResults> results) {
        return new Indicators(series(results),
                byKey(results, SchoolResults::departmentCode),
                byKey(results, SchoolResults::schoolId));
    }

    private static <K> Map<K, List<YearIndicators>> byKey(Collection<SchoolResults> results,
                                                          Function<SchoolResults, K> key) {
        return results.stream().collect(Collectors.groupingBy(key, Collectors.collectingAndThen(Collectors.toList(),
                ResultsTally::series)));
    }

    /** One entry per school year, oldest first. */
    static List<YearIndicators> series(Collection<SchoolResults> results) {
        Map<Integer, List<YearlyResults>> byYear = results.stream().map(SchoolResults::results)
                .collect(Collectors.groupingBy(YearlyResults::schoolYear, TreeMap::new, Collectors.toList()));
        return byYear.entrySet().stream().map(year -> year(year.getKey(), year.getValue())).toList();
    }

    static YearIndicators year(int schoolYear, List<YearlyResults> rows) {
        long pupils = 0;
        long under16 = 0;
        long from16To18 = 0;
        long over18 = 0;
        Rate referred = Rate.NONE;
        long leavers = 0;
        long job = 0;
        long workStudy = 0;
        long furtherStudy = 0;
        Map<Diploma, Rate> passRates = new EnumMap<>(Diploma.class);
        for (YearlyResults row : rows) {
            pupils += row.pupils();
            under16 += zeroIfNull(row.pupilsUnder16());
            from16To18 += zeroIfNull(row.pupils16To18());
            over18 += zeroIfNull(row.pupilsOver18());
            if (row.referredByMissionLocale() != null) {
                referred = referred.plus(Rate.of(row.referredByMissionLocale(), row.pupils()));
            }
            leavers += row.leavers();
            job += row.leaversJob();
            workStudy += row.leaversApprenticeship();
            furtherStudy += row.leaversFurtherStudy();
            for (DiplomaResults diploma : row.diplomas()) {
                passRates.merge(diploma.diploma(), Rate.of(diploma.passed(), diploma.presented()), Rate::plus);
            }
        }
        passRates.values().removeIf(rate -> rate.whole() == 0);
        return new YearIndicators(schoolYear, rows.size(), pupils, under16, from16To18, over18, referred, leavers,
                Rate.of(job + workStudy + furtherStudy, leavers), Rate.of(workStudy, leavers),
                Rate.of(job + workStudy, leavers), passRates);
    }

    private static long zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}

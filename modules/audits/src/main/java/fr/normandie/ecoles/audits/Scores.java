package fr.normandie.ecoles.audits;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scores of an inspection, per theme and overall, in percent: a compliant criterion earns a point,
 * a partially compliant one half a point, a non-compliant one nothing; criteria not applicable (or not
 * looked at) do not count. The overall score weighs every counted criterion alike, whatever its theme.
 * A score is null where no criterion counts.
 */
public record Scores(Integer overall, List<ThemeScore> themes) {

    public Scores {
        themes = List.copyOf(themes);
    }

    /** A theme's score and how its verdicts split. */
    public record ThemeScore(String code, String title, Integer score, int compliant, int partiallyCompliant,
                             int nonCompliant, int notApplicable) {
    }

    public static Scores of(CatalogueVersion version, Collection<CriterionVerdict> verdicts) {
        Map<String, Verdict> byCriterion = verdicts.stream()
                .collect(Collectors.toMap(CriterionVerdict::criterion, CriterionVerdict::verdict, (a, b) -> a));
        List<ThemeScore> themes = version.themes().stream().map(theme -> {
            List<Verdict> found = theme.criteria().stream().map(Criterion::code)
                    .filter(byCriterion::containsKey).map(byCriterion::get).toList();
            Map<Verdict, Long> counts = found.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            return new ThemeScore(theme.code(), theme.title(), percent(found),
                    count(counts, Verdict.COMPLIANT), count(counts, Verdict.PARTIALLY_COMPLIANT),
                    count(counts, Verdict.NON_COMPLIANT), count(counts, Verdict.NOT_APPLICABLE));
        }).toList();
        List<Verdict> all = version.criteria().map(Criterion::code)
                .filter(byCriterion::containsKey).map(byCriterion::get).toList();
        return new Scores(percent(all), themes);
    }

    private static Integer percent(List<Verdict> verdicts) {
        List<Verdict> counted = verdicts.stream().filter(Verdict::counts).toList();
        if (counted.isEmpty()) {
            return null;
        }
        int halfPoints = counted.stream().mapToInt(Verdict::halfPoints).sum();
        // rounded half up, in integers: 100 * halfPoints / (2 * counted)
        return (100 * halfPoints + counted.size()) / (2 * counted.size());
    }

    private static int count(Map<Verdict, Long> counts, Verdict verdict) {
        return counts.getOrDefault(verdict, 0L).intValue();
    }
}

package fr.normandie.ecoles.schools.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a project in progress can be expected to open: not before its planned date, and not before the
 * steps it still has to go through, each taking as long as it typically (the median) took the projects
 * that went through it. The steps, and their order, are those the projects' history shows: a step added to
 * the process counts as soon as projects go through it.
 */
final class OpeningProjection {

    private final List<String> order;
    private final Map<String, Duration> typical;

    private OpeningProjection(Map<String, Duration> typical) {
        this.order = List.copyOf(typical.keySet());
        this.typical = Map.copyOf(typical);
    }

    /**
     * @param typicalInOrder each stage's typical (median) duration, by its step key, in the order projects
     *                       go through them; a stage never completed counts for nothing
     */
    static OpeningProjection of(Map<String, Duration> typicalInOrder) {
        return new OpeningProjection(new LinkedHashMap<>(typicalInOrder));
    }

    /**
     * @param lastDone the stage the project completed last (see {@link TypicalDurations#stage}), null when none
     */
    LocalDate expectedOpening(LocalDate planned, String lastDone, LocalDate asOf) {
        int next = lastDone == null ? 0 : order.indexOf(lastDone) + 1;
        Duration remaining = order.subList(next, order.size()).stream()
                .map(stage -> typical.getOrDefault(stage, Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        LocalDate atTheEarliest = asOf.plusDays(remaining.toDays());
        return atTheEarliest.isAfter(planned) ? atTheEarliest : planned;
    }
}

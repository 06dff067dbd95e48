package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Stage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a project in progress can be expected to open: not before its planned date, and not before the
 * steps it still has to go through, each taking as long as it typically (the median) took the projects
 * that went through it.
 */
final class OpeningProjection {

    /** The stages counted in order; a follow-up audit is part of the label audit's time. */
    static final List<Stage> ORDER = List.of(Stage.TERRITORIAL_BACKING, Stage.OPPORTUNITY_STUDY,
            Stage.INSERTION_COMMITMENT, Stage.LABEL_AUDIT, Stage.SUBSIDY_DECISION, Stage.OPENING);

    /** One entry of a project's timeline: its registration (no stage) or the completion of a stage. */
    record Milestone(Object project, Stage stage, Instant at) {
    }

    private final Map<Stage, Duration> typical;

    private OpeningProjection(Map<Stage, Duration> typical) {
        this.typical = typical;
    }

    /** Learns each stage's typical duration from the milestones of all projects. */
    static OpeningProjection learn(Collection<Milestone> milestones) {
        Map<Stage, List<Duration>> durations = new EnumMap<>(Stage.class);
        milestones.stream().collect(Collectors.groupingBy(Milestone::project)).values().forEach(ofProject -> {
            List<Milestone> ordered = ofProject.stream().sorted(Comparator.comparing(Milestone::at)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                Stage stage = counted(ordered.get(i).stage());
                if (stage != null) {
                    Duration took = Duration.between(ordered.get(i - 1).at(), ordered.get(i).at());
                    durations.computeIfAbsent(stage, s -> new ArrayList<>()).add(took);
                }
            }
        });
        Map<Stage, Duration> medians = new EnumMap<>(Stage.class);
        durations.forEach((stage, list) -> medians.put(stage, median(list)));
        return new OpeningProjection(medians);
    }

    /**
     * @param lastDone the last stage the project completed, null when it has completed none
     */
    LocalDate expectedOpening(LocalDate planned, Stage lastDone, LocalDate asOf) {
        int next = lastDone == null ? 0 : ORDER.indexOf(counted(lastDone)) + 1;
        Duration remaining = ORDER.subList(Math.max(next, 0), ORDER.size()).stream()
                .map(stage -> typical.getOrDefault(stage, Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        LocalDate atTheEarliest = asOf.plusDays(remaining.toDays());
        return atTheEarliest.isAfter(planned) ? atTheEarliest : planned;
    }

    Duration typical(Stage stage) {
        return typical.getOrDefault(stage, Duration.ZERO);
    }

    private static Stage counted(Stage stage) {
        return stage == Stage.LABEL_FOLLOW_UP ? Stage.LABEL_AUDIT : stage;
    }

    private static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}

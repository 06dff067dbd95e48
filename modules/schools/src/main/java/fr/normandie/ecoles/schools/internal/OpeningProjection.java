package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Stage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * When a project in progress can be expected to open: not before its planned date, and not before the
 * steps it still has to go through, each taking as long as it typically (the median) took the projects
 * that went through it.
 */
final class OpeningProjection {

    /** The stages counted in order; a follow-up audit is part of the label audit's time. */
    static final List<Stage> ORDER = List.of(Stage.TERRITORIAL_BACKING, Stage.OPPORTUNITY_STUDY,
            Stage.INSERTION_COMMITMENT, Stage.LABEL_AUDIT, Stage.SUBSIDY_DECISION, Stage.OPENING);

    private final Map<Stage, Duration> typical;

    private OpeningProjection(Map<Stage, Duration> typical) {
        this.typical = typical;
    }

    /** The projection from each stage's typical (median) duration; a stage never completed counts for nothing. */
    static OpeningProjection of(Map<Stage, Duration> typical) {
        return new OpeningProjection(Map.copyOf(typical));
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

    private static Stage counted(Stage stage) {
        return stage == Stage.LABEL_FOLLOW_UP ? Stage.LABEL_AUDIT : stage;
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningProjectionTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** A project that took {@code days[i]} days for each stage, in order. */
    private static List<OpeningProjection.Milestone> walked(String project, int... days) {
        List<OpeningProjection.Milestone> milestones = new ArrayList<>();
        Instant at = T0;
        milestones.add(new OpeningProjection.Milestone(project, null, at));
        for (int i = 0; i < days.length; i++) {
            at = at.plus(Duration.ofDays(days[i]));
            milestones.add(new OpeningProjection.Milestone(project, OpeningProjection.ORDER.get(i), at));
        }
        return milestones;
    }

    @Test
    void learnsTheMedianDurationOfEachStage() {
        List<OpeningProjection.Milestone> history = new ArrayList<>();
        history.addAll(walked("a", 10, 100));
        history.addAll(walked("b", 20, 200));
        history.addAll(walked("c", 90, 300));

        OpeningProjection projection = OpeningProjection.learn(history);

        assertThat(projection.typical(Stage.TERRITORIAL_BACKING)).isEqualTo(Duration.ofDays(20));
        assertThat(projection.typical(Stage.OPPORTUNITY_STUDY)).isEqualTo(Duration.ofDays(200));
        assertThat(projection.typical(Stage.LABEL_AUDIT)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aProjectIsExpectedNoSoonerThanItsRemainingStepsTypicallyTake() {
        OpeningProjection projection = OpeningProjection.learn(walked("a", 30, 60, 30, 90, 60, 30));
        LocalDate asOf = LocalDate.of(2025, 1, 1);

        // backing done: study 60 + insertion 30 + label 90 + subsidy 60 + opening 30 = 270 days
        assertThat(projection.expectedOpening(LocalDate.of(2025, 3, 1), Stage.TERRITORIAL_BACKING, asOf))
                .isEqualTo(asOf.plusDays(270));
        // subsidy granted: only the opening's 30 days remain, the planned date is later
        assertThat(projection.expectedOpening(LocalDate.of(2025, 9, 1), Stage.SUBSIDY_DECISION, asOf))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        // a follow-up audit counts as the label audit
        assertThat(projection.expectedOpening(LocalDate.of(2025, 1, 2), Stage.LABEL_FOLLOW_UP, asOf))
                .isEqualTo(asOf.plusDays(90));
    }

    @Test
    void withoutHistoryThePlannedDateStands() {
        OpeningProjection projection = OpeningProjection.learn(List.of());

        assertThat(projection.expectedOpening(LocalDate.of(2027, 9, 1), null, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 9, 1));
    }
}

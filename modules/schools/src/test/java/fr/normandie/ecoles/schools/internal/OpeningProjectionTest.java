package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningProjectionTest {

    @Test
    void aProjectIsExpectedNoSoonerThanItsRemainingStepsTypicallyTake() {
        OpeningProjection projection = OpeningProjection.of(Map.of(Stage.TERRITORIAL_BACKING, Duration.ofDays(30),
                Stage.OPPORTUNITY_STUDY, Duration.ofDays(60), Stage.INSERTION_COMMITMENT, Duration.ofDays(30),
                Stage.LABEL_AUDIT, Duration.ofDays(90), Stage.SUBSIDY_DECISION, Duration.ofDays(60),
                Stage.OPENING, Duration.ofDays(30)));
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
        OpeningProjection projection = OpeningProjection.of(Map.of());

        assertThat(projection.expectedOpening(LocalDate.of(2027, 9, 1), null, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 9, 1));
    }
}

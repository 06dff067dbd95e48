package fr.normandie.ecoles.schools.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningProjectionTest {

    @Test
    void aProjectIsExpectedNoSoonerThanItsRemainingStepsTypicallyTake() {
        Map<String, Duration> typical = new LinkedHashMap<>();
        typical.put("territorial-backing", Duration.ofDays(30));
        typical.put("opportunity-study", Duration.ofDays(60));
        typical.put("insertion-commitment", Duration.ofDays(30));
        typical.put("label-audit", Duration.ofDays(90));
        typical.put("subsidy-decision", Duration.ofDays(60));
        typical.put("opening", Duration.ofDays(30));
        OpeningProjection projection = OpeningProjection.of(typical);
        LocalDate asOf = LocalDate.of(2025, 1, 1);

        // backing done: study 60 + insertion 30 + label 90 + subsidy 60 + opening 30 = 270 days
        assertThat(projection.expectedOpening(LocalDate.of(2025, 3, 1), "territorial-backing", asOf))
                .isEqualTo(asOf.plusDays(270));
        // subsidy granted: only the opening's 30 days remain, the planned date is later
        assertThat(projection.expectedOpening(LocalDate.of(2025, 9, 1), "subsidy-decision", asOf))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        // a follow-up audit counts as the label audit
        assertThat(projection.expectedOpening(LocalDate.of(2025, 1, 2), TypicalDurations.stage("label-follow-up"), asOf))
                .isEqualTo(asOf.plusDays(90));
    }

    @Test
    void withoutHistoryThePlannedDateStands() {
        OpeningProjection projection = OpeningProjection.of(Map.of());

        assertThat(projection.expectedOpening(LocalDate.of(2027, 9, 1), null, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2027, 9, 1));
    }
}

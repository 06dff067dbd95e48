package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkFiguresTest {

    @Test
    void theInsertionRateIsTheShareOfLeaversInAJobOrApprenticeshipRounded() {
        assertThat(new NetworkFigures.YearTotals(2024, 40, 12, 8).insertionRate()).isEqualTo(67);
        assertThat(new NetworkFigures.YearTotals(2024, 40, 3, 3).insertionRate()).isEqualTo(100);
    }

    @Test
    void aYearWithoutLeaversHasNoInsertionRate() {
        assertThat(new NetworkFigures.YearTotals(2024, 40, 0, 0).insertionRate()).isNull();
    }
}

package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyResultsTest {

    @Test
    void theInsertionRateCountsJobsAndApprenticeshipsAmongLeavers() {
        YearlyResults results = new YearlyResults(2023, 24, 10, 6, 2, 3, 1);

        assertThat(results.leavers()).isEqualTo(12);
        assertThat(results.insertionRate()).isEqualTo(75);
        assertThat(results.isDiplomasWithinPupils()).isTrue();
        assertThat(results.isLeaversWithinPupils()).isTrue();
    }

    @Test
    void moreDiplomasOrLeaversThanPupilsIsInconsistent() {
        assertThat(new YearlyResults(2023, 5, 6, 0, 0, 0, 0).isDiplomasWithinPupils()).isFalse();
        assertThat(new YearlyResults(2023, 5, 0, 3, 3, 0, 0).isLeaversWithinPupils()).isFalse();
        assertThat(new YearlyResults(2023, 5, 0, 0, 0, 0, 0).insertionRate()).isNull();
    }
}

package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyResultsTest {

    static YearlyResults results(int under16, int from16To18, int over18, Integer pupils, int referred,
                                 List<DiplomaResults> diplomas, int job, int workStudy, int study, int other) {
        return new YearlyResults(2023, under16, from16To18, over18, pupils, referred, diplomas, null, job, workStudy,
                study, other);
    }

    @Test
    void theTotalsLeftOutAreComputedFromTheAgeGroupsAndTheDiplomas() {
        YearlyResults results = results(2, 18, 4, null, 15, List.of(new DiplomaResults(Diploma.CAP, 10, 9),
                new DiplomaResults(Diploma.TITRE_PRO, 3, 2)), 6, 3, 2, 1).withTotals();

        assertThat(results.pupils()).isEqualTo(24);
        assertThat(results.diplomasPassed()).isEqualTo(11);
        assertThat(results.leavers()).isEqualTo(12);
    }

    @Test
    void theFirstInsertionRateCountsJobsAndWorkStudyAmongLeavers() {
        assertThat(results(0, 24, 0, null, 0, List.of(), 6, 3, 2, 1).insertionRate()).isEqualTo(75);
        assertThat(results(0, 5, 0, null, 0, List.of(), 0, 0, 0, 0).insertionRate()).isNull();
    }

    @Test
    void fourLeaversCountsAtTheEdgeOfAnIntegerDoNotWrap() {
        int max = Integer.MAX_VALUE;
        assertThat(results(0, 0, 0, null, 0, null, max, max, max, max).leavers()).isEqualTo(4L * max);
    }
}

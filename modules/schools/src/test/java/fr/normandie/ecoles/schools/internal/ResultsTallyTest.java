package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.Rate;
import fr.normandie.ecoles.schools.ResultIndicators.Indicators;
import fr.normandie.ecoles.schools.SchoolResults;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.schools.YearlyResults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsTallyTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void sharesAreComputedFromTheSumsOfTheCounts() {
        Indicators indicators = ResultsTally.of(List.of(
                new SchoolResults(A, "A", "27", new YearlyResults(2022, 0, 20, 4, 24, 18,
                        List.of(new DiplomaResults(Diploma.CAP, 10, 9)), 9, 5, 5, 1, 1)),
                new SchoolResults(B, "B", "27", new YearlyResults(2022, 1, 10, 1, 12, 6,
                        List.of(new DiplomaResults(Diploma.CAP, 4, 2), new DiplomaResults(Diploma.BAC_PRO, 3, 3)),
                        5, 1, 2, 0, 1)),
                // recorded before the details were asked for: counts in the totals, out of the detailed shares
                new SchoolResults(B, "B", "27", new YearlyResults(2021, null, null, null, 10, null, List.of(), 4, 2, 2,
                        1, 0))));

        YearIndicators y2022 = indicators.ofDepartment("27").get(1);
        assertThat(y2022.schools()).isEqualTo(2);
        assertThat(y2022.pupils()).isEqualTo(36);
        assertThat(y2022.referredByMissionLocale()).isEqualTo(Rate.of(24, 36));
        assertThat(y2022.leavers()).isEqualTo(16);
        assertThat(y2022.insertionOrFurtherStudy()).isEqualTo(Rate.of(14, 16));
        assertThat(y2022.insertionOrFurtherStudy().percent()).isEqualTo(88);
        assertThat(y2022.workStudy()).isEqualTo(Rate.of(7, 16));
        assertThat(y2022.passRate(Diploma.CAP.name())).isEqualTo(Rate.of(11, 14));
        assertThat(y2022.passRate()).isEqualTo(Rate.of(14, 17));

        YearIndicators y2021 = indicators.ofSchool(B).get(0);
        assertThat(y2021.referredByMissionLocale()).isEqualTo(Rate.NONE);
        assertThat(y2021.referredByMissionLocale().percent()).isNull();
        assertThat(y2021.passRates()).isEmpty();
        assertThat(y2021.insertionOrFurtherStudy().percent()).isEqualTo(100);
        assertThat(indicators.region()).extracting(YearIndicators::schoolYear).containsExactly(2021, 2022);
        assertThat(indicators.ofDepartment("61")).isEmpty();
    }
}

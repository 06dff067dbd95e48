package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.YearlyResults;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2020, 1, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static YearlyResults year(int schoolYear, Integer pupils, int referred, List<DiplomaResults> diplomas,
                                      Integer passed, int job, int workStudy, int study, int other) {
        return new YearlyResults(schoolYear, 1, 12, 3, pupils, referred, diplomas, passed, job, workStudy, study, other);
    }

    private static List<String> fields(YearlyResults results) {
        return ResultsRules.check(results, OPENED, TODAY).stream().map(FieldReason::field).toList();
    }

    @Test
    void resultsThatHoldTogetherPass() {
        assertThat(fields(year(2019, 16, 16, List.of(new DiplomaResults(Diploma.CAP, 8, 8)), 8, 4, 4, 2, 2))).isEmpty();
        assertThat(fields(year(2026, null, 0, List.of(), null, 0, 0, 0, 0))).isEmpty();
    }

    @Test
    void refusesEachInconsistencyOnItsOwnField() {
        YearlyResults wrong = year(2021, 17, 17, List.of(new DiplomaResults(Diploma.CAP, 8, 9),
                new DiplomaResults(Diploma.BAC_PRO, 17, 1), new DiplomaResults(Diploma.CAP, 1, 0)), 3, 10, 4, 2, 1);

        assertThat(fields(wrong)).containsExactly("pupils", "referredByMissionLocale", "diplomas[0].passed",
                "diplomas[1].presented", "diplomas[2].diploma", "diplomasPassed", "leavers");
        assertThat(ResultsRules.check(wrong, OPENED, TODAY).get(2).message())
                .isEqualTo("Il ne peut y avoir plus de reçus (9) que de candidats présentés (8).");
    }

    @Test
    void aSchoolYearTheSchoolDidNotLiveThroughIsRefused() {
        assertThat(fields(year(2018, null, 0, List.of(), null, 0, 0, 0, 0))).containsExactly("schoolYear");
        assertThat(fields(year(2027, null, 0, List.of(), null, 0, 0, 0, 0))).containsExactly("schoolYear");
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.Target;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRuleTest {

    private static final Target ONE_BY_2021 = new Target(1, "2019", LocalDate.of(2021, 12, 31), 1);
    private static final Department ORNE = new Department("61", "Orne");

    @Test
    void aSchoolOpenedByTheDeadlineMeetsTheTargetOnItsOpeningDate() {
        DepartmentCoverage coverage = CoverageRule.evaluate(ONE_BY_2021, LocalDate.of(2026, 1, 1), ORNE,
                List.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 9, 1)), List.of());

        assertThat(coverage.status()).isEqualTo(CoverageStatus.MET);
        assertThat(coverage.metOn()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(coverage.openSchools()).isEqualTo(2);
    }

    @Test
    void aSchoolOpenedAfterTheDeadlineLeavesTheTargetMissed() {
        DepartmentCoverage coverage = CoverageRule.evaluate(ONE_BY_2021, LocalDate.of(2026, 1, 1), ORNE,
                List.of(LocalDate.of(2023, 9, 1)), List.of());

        assertThat(coverage.status()).isEqualTo(CoverageStatus.MISSED);
        assertThat(coverage.metOn()).isNull();
        assertThat(coverage.firstOpenedOn()).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void atTheEndOfTheDeadlineDayADepartmentWithoutASchoolHasMissedTheTarget() {
        DepartmentCoverage coverage = CoverageRule.evaluate(ONE_BY_2021, LocalDate.of(2021, 12, 31), ORNE,
                List.of(LocalDate.of(2023, 9, 1)), List.of(LocalDate.of(2021, 12, 31)));

        assertThat(coverage.status()).isEqualTo(CoverageStatus.MISSED);
        assertThat(coverage.openSchools()).isZero();
        assertThat(coverage.projectsExpectedInTime()).isZero();
    }

    @Test
    void beforeTheDeadlineAProjectExpectedInTimeIsOnTrackAndOneExpectedLateIsAtRisk() {
        LocalDate asOf = LocalDate.of(2020, 6, 1);

        assertThat(CoverageRule.evaluate(ONE_BY_2021, asOf, ORNE, List.of(), List.of(LocalDate.of(2021, 9, 1)))
                .status()).isEqualTo(CoverageStatus.ON_TRACK);
        assertThat(CoverageRule.evaluate(ONE_BY_2021, asOf, ORNE, List.of(), List.of(LocalDate.of(2022, 9, 1)))
                .status()).isEqualTo(CoverageStatus.AT_RISK);
        assertThat(CoverageRule.evaluate(ONE_BY_2021, asOf, ORNE, List.of(), List.of()).status())
                .isEqualTo(CoverageStatus.AT_RISK);
    }

    @Test
    void aSchoolThatOpensAfterTheDateAskedForDoesNotCountYet() {
        DepartmentCoverage coverage = CoverageRule.evaluate(ONE_BY_2021, LocalDate.of(2021, 1, 1), ORNE,
                List.of(LocalDate.of(2021, 9, 1)), List.of());

        assertThat(coverage.openSchools()).isZero();
        assertThat(coverage.status()).isEqualTo(CoverageStatus.AT_RISK);
    }

    @Test
    void aTargetAskingForTwoSchoolsIsMetOnTheSecondOpening() {
        Target two = new Target(2, "2030", LocalDate.of(2030, 12, 31), 2);

        DepartmentCoverage coverage = CoverageRule.evaluate(two, LocalDate.of(2026, 1, 1), ORNE,
                List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2021, 9, 1)), List.of());

        assertThat(coverage.status()).isEqualTo(CoverageStatus.MET);
        assertThat(coverage.metOn()).isEqualTo(LocalDate.of(2025, 9, 1));
    }
}

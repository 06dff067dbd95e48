package fr.normandie.ecoles.app.web.results;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolResultsPageTest {

    @Test
    void aDiplomaNamedByItsPlaceAmongThoseSentIsShownOnItsRowOfTheForm() {
        List<Integer> sent = List.of(0, 2); // CAP and titre professionnel filled, Bac pro left blank
        assertThat(SchoolResultsPage.onRow("diplomas[1].passed", sent)).isEqualTo("diplomas[2].passed");
        assertThat(SchoolResultsPage.onRow("diplomas[0]", sent)).isEqualTo("diplomas[0]");
        assertThat(SchoolResultsPage.onRow("leavers", sent)).isEqualTo("leavers");
    }

    @Test
    void theSchoolYearUnderWayStartsInSeptember() {
        assertThat(SchoolResultsPage.currentSchoolYear(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(SchoolResultsPage.currentSchoolYear(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
    }
}

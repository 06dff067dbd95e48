package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRulesTest {

    @Test
    void aFirstFilingNamesNoVersionAndACorrectionTheStoredOne() {
        assertThatCode(() -> ReportRules.requireCurrent(null, null)).doesNotThrowAnyException();
        assertThatCode(() -> ReportRules.requireCurrent(3L, 3L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportRules.requireCurrent(null, 0L)).isInstanceOf(StaleReportException.class);
        assertThatThrownBy(() -> ReportRules.requireCurrent(3L, null)).isInstanceOf(StaleReportException.class);
        assertThatThrownBy(() -> ReportRules.requireCurrent(3L, 2L)).isInstanceOf(StaleReportException.class);
    }

    @Test
    void onlyASubmittedReportIsDecided() {
        assertThatCode(() -> ReportRules.requireSubmitted(ReportState.SUBMITTED, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportRules.requireSubmitted(ReportState.VALIDATED, "Aucun résultat 2024-2025"))
                .isInstanceOf(ReportLockedException.class).hasMessage("Aucun résultat 2024-2025 n'attend de validation.");
        assertThatThrownBy(() -> ReportRules.requireSubmitted(ReportState.RETURNED, "x")).isInstanceOf(ReportLockedException.class);
        assertThatThrownBy(() -> ReportRules.requireSubmitted(null, "x")).isInstanceOf(ReportLockedException.class);
    }

    @Test
    void aReturnNeedsAReasonKeptStripped() {
        assertThat(ReportRules.requireReason(new ReportDecision(1L, "  Les sortants manquent. "))).isEqualTo("Les sortants manquent.");
        assertThatThrownBy(() -> ReportRules.requireReason(new ReportDecision(1L, " \n ")))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("reason"));
        assertThatThrownBy(() -> ReportRules.requireReason(null)).isInstanceOf(InvalidInputException.class);
    }
}

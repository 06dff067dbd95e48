package fr.normandie.ecoles.audits;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresTest {

    private static final CatalogueVersion VERSION = new CatalogueVersion(1, Instant.EPOCH, "admin", "v1", List.of(
            new Theme("PROD", "Production", List.of(new Criterion("PROD-1", "Deux tiers d'atelier", null),
                    new Criterion("PROD-2", "Prix du marché", null))),
            new Theme("PEDA", "Pédagogie", List.of(new Criterion("PEDA-1", "Maîtres professionnels", null),
                    new Criterion("PEDA-2", "Douze élèves au plus", null),
                    new Criterion("PEDA-3", "Livret de suivi", null)))));

    @Test
    void aCompliantCriterionEarnsAPointAPartialOneHalfAndNonApplicableOnesDoNotCount() {
        Scores scores = Scores.of(VERSION, List.of(
                verdict("PROD-1", Verdict.COMPLIANT), verdict("PROD-2", Verdict.PARTIALLY_COMPLIANT),
                verdict("PEDA-1", Verdict.NON_COMPLIANT), verdict("PEDA-2", Verdict.NOT_APPLICABLE),
                verdict("PEDA-3", Verdict.COMPLIANT)));

        assertThat(scores.themes()).extracting(Scores.ThemeScore::code, Scores.ThemeScore::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PROD", 75), org.assertj.core.groups.Tuple.tuple("PEDA", 50));
        assertThat(scores.themes().get(1)).extracting(Scores.ThemeScore::compliant, Scores.ThemeScore::nonCompliant,
                Scores.ThemeScore::notApplicable).containsExactly(1, 1, 1);
        // 2.5 points out of 4 counted criteria, every criterion weighing alike whatever its theme
        assertThat(scores.overall()).isEqualTo(63);
    }

    @Test
    void aThemeWhereNothingCountsHasNoScore() {
        Scores scores = Scores.of(VERSION, List.of(verdict("PROD-1", Verdict.NOT_APPLICABLE)));

        assertThat(scores.themes()).extracting(Scores.ThemeScore::score).containsOnlyNulls();
        assertThat(scores.overall()).isNull();
    }

    @Test
    void everythingCompliantScoresAHundred() {
        Scores scores = Scores.of(VERSION, VERSION.criteria().map(c -> verdict(c.code(), Verdict.COMPLIANT)).toList());

        assertThat(scores.overall()).isEqualTo(100);
        assertThat(scores.themes()).extracting(Scores.ThemeScore::score).containsOnly(100);
    }

    private static CriterionVerdict verdict(String criterion, Verdict verdict) {
        return new CriterionVerdict(criterion, verdict, null, null);
    }
}

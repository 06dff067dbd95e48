package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.SubsidyDecision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ShareRulesTest {

    private final ShareRules policy2019 = new ShareRules(new BigDecimal("0.33"), new BigDecimal("0.30"),
            new BigDecimal("0.50"), new BigDecimal("5000"));

    @Test
    void acceptsAGrantWithinEveryShare() {
        assertThat(policy2019.check(Forms.grant().granted())).isEmpty();
    }

    @Test
    void acceptsTheCapsThemselves() {
        Forms atCaps = Forms.grant().investment(500_000, 1_000_000, 500_000).operating(165_000, 500_000, 165_000);

        assertThat(policy2019.check(atCaps.granted())).isEmpty();
    }

    @Test
    void refusesAnOperatingAidAboveAThirdOfTheBudget() {
        List<Breach> breaches = policy2019.check(Forms.grant().operating(200_000, 500_000, 165_001).granted());

        assertThat(breaches).extracting(Breach::path).containsExactly("operatingGranted");
        assertThat(breaches.get(0).message()).isEqualTo("L'aide au fonctionnement ne peut dépasser 33\u00A0% du "
                + "budget de fonctionnement : 165\u00A0000,00\u00A0€ au plus.");
    }

    @Test
    void refusesAnInvestmentShareOutsideThirtyToFiftyPercent() {
        assertThat(policy2019.check(Forms.grant().investment(600_000, 1_000_000, 500_001).granted()))
                .extracting(Breach::path, Breach::message)
                .containsExactly(tuple("investmentGranted", "La part régionale de "
                        + "l'investissement ne peut dépasser 50\u00A0% de la dépense éligible : 500\u00A0000,00\u00A0€ au plus."));
        assertThat(policy2019.check(Forms.grant().investment(299_999, 1_000_000, 299_999).granted()))
                .extracting(Breach::message).singleElement().asString().contains("au moins 30\u00A0%");
    }

    @Test
    void neverGrantsMoreThanRequestedNorMoreThanEligible() {
        assertThat(policy2019.check(Forms.grant().investment(300_000, 1_000_000, 350_000).granted()))
                .extracting(Breach::message).singleElement().asString()
                .contains("dépasse le montant demandé (300\u00A0000,00\u00A0€)");
        assertThat(policy2019.check(Forms.grant().investment(400_000, 300_000, 350_000).granted()))
                .extracting(Breach::message).singleElement().asString()
                .contains("dépasse le montant éligible (300\u00A0000,00\u00A0€)");
    }

    @Test
    void asksForTheRequestedAndEligibleAmountsOfAGrantedLine() {
        Forms missing = new Forms(null, null, Forms.euros(10_000), null, Forms.euros(0), null, null,
                Forms.euros(1_000), List.of(), Set.of());

        assertThat(policy2019.check(missing.granted())).extracting(Breach::path).containsExactly(
                "investmentRequested", "investmentEligible", "operatingRequested", "operatingEligible");
    }

    @Test
    void capsAPerPupilAidAtFiveThousandEurosAPupil() {
        Forms twentyPupils = Forms.grant().operating(120_000, 400_000, 100_000).perPupil(20);

        assertThat(policy2019.check(twentyPupils.granted())).isEmpty();
        assertThat(policy2019.check(twentyPupils.operating(120_000, 400_000, 100_001).granted()))
                .extracting(Breach::message).singleElement().asString()
                .isEqualTo("L'aide au fonctionnement ne peut dépasser 5\u00A0000,00\u00A0€ par élève et par an : "
                        + "100\u00A0000,00\u00A0€ au plus pour 20 élève(s).");
        assertThat(policy2019.check(twentyPupils.perPupil(null).granted())).extracting(Breach::path)
                .containsExactly("pupils");
    }

    @Test
    void aPerPupilAidIsNotCappedByTheBudgetShare() {
        Forms usinEure = Forms.grant().operating(150_000, 400_000, 150_000).perPupil(30);

        assertThat(policy2019.check(usinEure.granted())).isEmpty();
    }

    @Test
    void checksOnlyTheLinesThatAreGranted() {
        Forms operationOnly = new Forms(null, null, Forms.euros(0), Forms.euros(100_000), Forms.euros(400_000),
                null, null, Forms.euros(100_000), List.of(), Set.of());

        assertThat(policy2019.check(operationOnly.granted())).isEmpty();
    }

    @Test
    void aRefusalBreaksNoShareRule() {
        assertThat(policy2019.check(Forms.grant().investment(1, 1, 900_000).form(SubsidyDecision.REFUSED))).isEmpty();
    }

    @Test
    void followsTheConfiguredShares() {
        ShareRules generous = new ShareRules(new BigDecimal("0.50"), BigDecimal.ZERO, new BigDecimal("0.80"),
                new BigDecimal("6000"));

        assertThat(generous.check(Forms.grant().investment(800_000, 1_000_000, 800_000)
                .operating(250_000, 500_000, 250_000).granted())).isEmpty();
        assertThat(generous.check(Forms.grant().investment(100_000, 1_000_000, 100_000).granted())).isEmpty();
    }

    @Test
    void refusesSharesThatAreNotShares() {
        assertThatThrownBy(() -> new ShareRules(new BigDecimal("33"), BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("funding.share.operating.max");
        assertThatThrownBy(() -> new ShareRules(BigDecimal.ONE, new BigDecimal("0.6"), new BigDecimal("0.5"),
                BigDecimal.TEN)).hasMessageContaining("funding.share.investment.min");
    }
}

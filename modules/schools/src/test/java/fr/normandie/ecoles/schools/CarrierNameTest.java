package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarrierNameTest {

    @Test
    void namesDifferingOnlyByCaseAccentsOrSpacesAreOneCarrier() {
        assertThat(CarrierName.key("  Éducation   et Formation ")).isEqualTo(CarrierName.key("education et formation"))
                .isEqualTo("education et formation");
    }

    @Test
    void differentNamesStayDifferentCarriers() {
        assertThat(CarrierName.key("Association École des Semeurs"))
                .isNotEqualTo(CarrierName.key("Association École de Caen"));
    }
}

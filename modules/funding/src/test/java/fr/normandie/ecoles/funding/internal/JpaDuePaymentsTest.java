package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.PaymentKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** How the mail of an instalment falling due names it: its line, its kind and what is left to pay, in French. */
class JpaDuePaymentsTest {

    @Test
    void namesTheLineItsKindAndWhatIsLeftToPay() {
        assertThat(JpaDuePayments.dueLine(2, PaymentKind.INSTALMENT.label(), Euros.format(new BigDecimal("250000.00"))))
                .isEqualTo("Ligne 2 — " + PaymentKind.INSTALMENT.label() + ", 250\u00A0000,00\u00A0€ à verser");
    }
}

package fr.normandie.ecoles.app.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void writesDatesTheFrenchWay() {
        assertThat(formats.date(LocalDate.of(2026, 11, 27))).isEqualTo("27/11/2026");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void writesAmountsWithSpacesBetweenThousandsAndTheEuroSignAfter() {
        assertThat(formats.euros(new BigDecimal("1500000"))).isEqualTo("1\u00a0500\u00a0000\u00a0€");
        assertThat(formats.euros(new BigDecimal("1500000.00"))).isEqualTo("1\u00a0500\u00a0000\u00a0€");
        assertThat(formats.euros(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0€");
    }

    @Test
    void writesSharesAsPercentagesWithADecimalComma() {
        assertThat(formats.percent(new BigDecimal("0.4"))).isEqualTo("40\u00a0%");
        assertThat(formats.percent(new BigDecimal("0.3333"))).isEqualTo("33,3\u00a0%");
        assertThat(formats.percent(null)).isEmpty();
    }

    @Test
    void joinsAListWithCommas() {
        assertThat(formats.joined(java.util.List.of("Usinage", "Chaudronnerie"))).isEqualTo("Usinage, Chaudronnerie");
        assertThat(formats.joined(java.util.List.of())).isEmpty();
        assertThat(formats.joined(null)).isEmpty();
    }
}

package fr.normandie.ecoles.app;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InputBoundsTest {

    @Test
    void anAmountIsWithinABillionEurosWithCentsAtMost() {
        assertThat(InputBounds.isAmount(new BigDecimal("1000000000"))).isTrue();
        assertThat(InputBounds.isAmount(new BigDecimal("-1000000000.00"))).isTrue();
        assertThat(InputBounds.isAmount(new BigDecimal("1250.50"))).isTrue();
        assertThat(InputBounds.isAmount(new BigDecimal("1E+3"))).isTrue();
        assertThat(InputBounds.isAmount(new BigDecimal("1000000000.01"))).isFalse();
        assertThat(InputBounds.isAmount(new BigDecimal("0.001"))).isFalse();
    }

    @Test
    void refusesAbsurdExponentsWithoutExpandingThem() {
        long start = System.nanoTime();

        assertThat(InputBounds.isAmount(new BigDecimal("1e999999999"))).isFalse();
        assertThat(InputBounds.isAmount(new BigDecimal("-1e999999999"))).isFalse();
        assertThat(InputBounds.isAmount(new BigDecimal("1e-999999999"))).isFalse();

        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void aDateIsBetween1990And2100() {
        assertThat(InputBounds.isDate(LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(InputBounds.isDate(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(InputBounds.isDate(LocalDate.of(1989, 12, 31))).isFalse();
        assertThat(InputBounds.isDate(LocalDate.of(0, 1, 1))).isFalse();
        assertThat(InputBounds.isDate(LocalDate.of(99999, 1, 1))).isFalse();
    }
}

package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SirenTest {

    @Test
    void acceptsNineDigitsWithTheirLuhnCheckDigit() {
        assertThat(Siren.Check.isValid("200023414")).isTrue(); // Métropole Rouen Normandie
        assertThat(Siren.Check.isValid("241400555")).isTrue(); // CC de Bayeux Intercom
        assertThat(Siren.Check.isValid("732829320")).isTrue();
    }

    @Test
    void refusesAWrongCheckDigitOrAnythingButNineDigits() {
        assertThat(Siren.Check.isValid("200023415")).isFalse();
        assertThat(Siren.Check.isValid("20002341")).isFalse();
        assertThat(Siren.Check.isValid("2000234140")).isFalse();
        assertThat(Siren.Check.isValid("20002341A")).isFalse();
        assertThat(Siren.Check.isValid("")).isFalse();
    }
}

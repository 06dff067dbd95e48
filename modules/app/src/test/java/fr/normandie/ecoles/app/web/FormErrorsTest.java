package fr.normandie.ecoles.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    @Test
    void leadsAModulesFieldPathToTheFieldOfTheForm() {
        assertThat(FormErrors.componentPath("communeCode")).isEqualTo("communeCode");
        assertThat(FormErrors.componentPath("backers[0].kind")).isEqualTo("backers:0:kind");
        assertThat(FormErrors.componentPath("partnerFirms[2].<list element>")).isEqualTo("partnerFirms");
        assertThat(FormErrors.componentPath("partnerFirms[2]")).isEqualTo("partnerFirms");
    }
}

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

    @Test
    void anElementOfAListOfValuesLeadsToItsRowWhenTheFormTypesOnePerRow() {
        assertThat(FormErrors.itemPath("amounts[1]")).contains("amounts:1:item");
        assertThat(FormErrors.itemPath("proposed[0].<list element>")).contains("proposed:0:item");
        assertThat(FormErrors.itemPath("backers[0].kind")).isEmpty();
        assertThat(FormErrors.itemPath("amounts")).isEmpty();
    }
}

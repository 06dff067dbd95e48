package fr.normandie.ecoles.kernel;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static final Caller AUDITOR = new Caller("claire", Set.of(Role.AUDITOR));

    @Test
    void aCallerHoldingOneOfTheRolesPasses() {
        assertThat(AUDITOR.requireAny("Réservé.", Role.STAFF, Role.AUDITOR)).isSameAs(AUDITOR);
    }

    @Test
    void aCallerHoldingNoneOfTheRolesIsForbiddenWithTheGivenMessage() {
        assertThatThrownBy(() -> AUDITOR.requireAny("Seuls les administrateurs peuvent publier.", Role.ADMIN))
                .isInstanceOf(Forbidden.class).hasMessage("Seuls les administrateurs peuvent publier.");
    }

    @Test
    void aCallerWithoutAnyRoleIsForbidden() {
        assertThatThrownBy(() -> new Caller("anonyme", Set.of()).requireAny("Réservé.", Role.working()))
                .isInstanceOf(Forbidden.class);
    }
}

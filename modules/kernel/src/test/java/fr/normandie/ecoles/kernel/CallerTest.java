package fr.normandie.ecoles.kernel;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

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

    @Test
    void aCarriersAccountSeesItsOwnCarrierOnlyAndTheRegionSeesEveryCarrier() {
        UUID own = UUID.randomUUID();
        Caller carrier = new Caller("porteur", Set.of(Role.CARRIER), own);
        assertThat(carrier.isCarrier()).isTrue();
        assertThat(carrier.sees(own)).isTrue();
        assertThat(carrier.sees(UUID.randomUUID())).isFalse();
        assertThat(AUDITOR.isCarrier()).isFalse();
        assertThat(AUDITOR.sees(own)).isTrue();
        assertThatThrownBy(() -> carrier.requireAny("Réservé.", Role.working())).isInstanceOf(Forbidden.class);
    }

    @Test
    void aCarrierIsNamedByTheCarriersAccountAloneWhichHoldsNoOtherRole() {
        assertThatThrownBy(() -> new Caller("porteur", Set.of(Role.CARRIER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("claire", Set.of(Role.AUDITOR), UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("double", Set.of(Role.CARRIER, Role.STAFF), UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.region()).doesNotContain(Role.CARRIER).hasSize(Role.values().length - 1);
    }
}

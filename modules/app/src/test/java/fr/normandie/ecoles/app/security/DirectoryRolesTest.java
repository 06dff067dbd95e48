package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryRolesTest {

    @Test
    void withoutAMappingAValueEqualToARolesNameIsThatRole() {
        DirectoryRoles roles = DirectoryRoles.of(Optional.empty());

        assertThat(roles.rolesOf(List.of("staff", "admin", "offline_access", "Staff")))
                .containsExactlyInAnyOrder(Role.STAFF, Role.ADMIN);
    }

    @Test
    void withAMappingOnlyTheValuesItNamesCount() {
        DirectoryRoles roles = DirectoryRoles.of(Optional.of(
                "CN=Chargés,OU=Ecoles,DC=region=staff; ecoles-financement = funding ;"));

        assertThat(roles.rolesOf(List.of("CN=Chargés,OU=Ecoles,DC=region", "ecoles-financement", "admin")))
                .containsExactlyInAnyOrder(Role.STAFF, Role.FUNDING);
        assertThat(roles.rolesOf(List.of())).isEmpty();
    }

    @Test
    void refusesAMappingThatNamesNoRoleOfTheApplication() {
        assertThatThrownBy(() -> DirectoryRoles.of(Optional.of("ecoles-staff=superuser")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("superuser");
        assertThatThrownBy(() -> DirectoryRoles.of(Optional.of("ecoles-staff")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecoles-staff");
    }
}

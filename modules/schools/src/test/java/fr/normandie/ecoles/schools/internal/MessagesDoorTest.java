package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.NewMessage;
import fr.normandie.ecoles.schools.ProjectId;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The doors of the messages and the internal comments (issue 16), checked before anything is read: these modules
 * have no database here, so a caller let through would fail on it instead of being refused.
 */
class MessagesDoorTest {

    private static final ProjectId PROJECT = ProjectId.random();

    @Test
    void refusesTheInternalCommentsToACarriersAccount() {
        Caller carrier = new Caller("porteur", Set.of(Role.CARRIER), UUID.randomUUID());
        assertThatThrownBy(() -> new JpaComments().list(PROJECT, carrier)).isInstanceOf(Forbidden.class)
                .hasMessageContaining("réservés aux services de la Région");
    }

    @Test
    void refusesAMessageFromThoseWhoOnlyRead() {
        for (Role reader : new Role[] {Role.VIEWER, Role.AUDITOR, Role.FUNDING}) {
            Caller caller = new Caller("lecteur", Set.of(reader));
            assertThatThrownBy(() -> new JpaProjectMessages().write(PROJECT, new NewMessage("Bonjour"), caller))
                    .as(reader.name()).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void cutsALongTextForAMailOrATimeline() {
        assertThat(Excerpt.of("  court  ", 10)).isEqualTo("court");
        assertThat(Excerpt.of("x".repeat(12), 10)).isEqualTo("x".repeat(10) + "…");
        assertThat(Excerpt.of("x".repeat(10), 10)).isEqualTo("x".repeat(10));
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ProjectChange;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectNotInProgressException;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.StaleProjectException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an edit of a project's registration changes and keeps, on the entity alone. */
class ProjectEditTest {

    private static final ProjectRegistration REGISTERED = new ProjectRegistration("École du Bocage", "Association ALPHA",
            "61", "61169", List.of("Usinage"), 24, LocalDate.of(2027, 9, 1), null, true, null, List.of(Diploma.CAP),
            null, null);

    private final CarrierEntity alpha = new CarrierEntity(REGISTERED.carrierChoice());

    private final ProjectEntity project = new ProjectEntity(ProjectId.random(), REGISTERED, alpha, "staff",
            Instant.EPOCH);

    @Test
    void listsEachChangedFieldWithItsValuesBeforeAndAfter() {
        ProjectRegistration edited = new ProjectRegistration(" École du Bocage ", "Association ALPHA", "61", "61169",
                List.of("Usinage", "Chaudronnerie"), 36, LocalDate.of(2028, 9, 1), null, true, null,
                List.of(Diploma.CAP, Diploma.BAC_PRO), new BigDecimal("150.00"), null);

        List<ProjectChange> changes = project.edit(0, edited, alpha);

        assertThat(changes).containsExactly(
                new ProjectChange("trades", "Usinage", "Usinage, Chaudronnerie"),
                new ProjectChange("diplomas", "CAP", "CAP, BAC_PRO"),
                new ProjectChange("capacity", "24", "36"),
                new ProjectChange("plannedOpening", "2027-09-01", "2028-09-01"),
                new ProjectChange("familyContribution", null, "150"));
        assertThat(project.plannedOpening()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(project.name()).as("kept as registered: stripped").isEqualTo("École du Bocage");
    }

    @Test
    void theSameRegistrationChangesNothing() {
        assertThat(project.edit(0, REGISTERED, alpha)).isEmpty();
    }

    @Test
    void refusesAnEditMadeOnAnotherVersionAndChangesNothing() {
        ProjectRegistration edited = new ProjectRegistration("Autre nom", "Association ALPHA", "61", "61169",
                List.of("Usinage"), 24, LocalDate.of(2027, 9, 1));

        assertThatThrownBy(() -> project.edit(3, edited, alpha)).isInstanceOf(StaleProjectException.class)
                .hasMessageContaining("version 3");
        assertThat(project.name()).isEqualTo("École du Bocage");
    }

    @Test
    void refusesToEditAProjectThatEnded() {
        project.end(ProjectStatus.ABANDONED, "Le porteur se retire.", Instant.EPOCH);

        assertThatThrownBy(() -> project.edit(0, REGISTERED, alpha)).isInstanceOf(ProjectNotInProgressException.class);
    }

    @Test
    void theTimelineSaysAChangeInFrench() {
        assertThat(RegistrationField.said("plannedOpening", "2027-09-01", "2028-09-01"))
                .isEqualTo("ouverture prévue : 01/09/2027 → 01/09/2028");
        assertThat(RegistrationField.said("carrierNonProfit", null, "true"))
                .isEqualTo("porteur à but non lucratif : (aucun) → oui");
    }
}

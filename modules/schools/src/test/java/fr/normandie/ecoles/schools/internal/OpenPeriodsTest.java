package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.SchoolChange;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusConflictException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenPeriodsTest {

    private static final LocalDate OPENED = LocalDate.of(2018, 10, 1);
    private static final List<OpenPeriods.Change> SUSPENDED_THEN_RESUMED_THEN_CLOSED = List.of(
            new OpenPeriods.Change(SchoolChange.SUSPENSION, LocalDate.of(2020, 3, 16)),
            new OpenPeriods.Change(SchoolChange.RESUMPTION, LocalDate.of(2020, 9, 1)),
            new OpenPeriods.Change(SchoolChange.CLOSURE, LocalDate.of(2024, 7, 1)));

    @Test
    void aSchoolIsOpenFromItsOpeningDayExceptWhileASuspensionOrItsClosureIsInForce() {
        assertThat(status(LocalDate.of(2018, 9, 30))).isEqualTo(SchoolStatus.NOT_OPEN_YET);
        assertThat(status(OPENED)).isEqualTo(SchoolStatus.OPEN);
        assertThat(status(LocalDate.of(2020, 3, 15))).isEqualTo(SchoolStatus.OPEN);
        assertThat(status(LocalDate.of(2020, 3, 16))).isEqualTo(SchoolStatus.SUSPENDED);
        assertThat(status(LocalDate.of(2020, 9, 1))).isEqualTo(SchoolStatus.OPEN);
        assertThat(status(LocalDate.of(2024, 6, 30))).isEqualTo(SchoolStatus.OPEN);
        assertThat(status(LocalDate.of(2024, 7, 1))).isEqualTo(SchoolStatus.CLOSED);
    }

    @Test
    void theTransitionsAddUpToTheSchoolsOpenAtEachDate() {
        assertThat(OpenPeriods.transitions(OPENED, SUSPENDED_THEN_RESUMED_THEN_CLOSED)).containsExactly(
                new OpenPeriods.Transition(OPENED, 1), new OpenPeriods.Transition(LocalDate.of(2020, 3, 16), -1),
                new OpenPeriods.Transition(LocalDate.of(2020, 9, 1), 1),
                new OpenPeriods.Transition(LocalDate.of(2024, 7, 1), -1));
    }

    @Test
    void refusesAChangeThatDoesNotFollowTheSchoolsHistory() {
        assertThatThrownBy(() -> OpenPeriods.requireAllowed(OPENED, SUSPENDED_THEN_RESUMED_THEN_CLOSED,
                form(SchoolChange.CLOSURE, LocalDate.of(2025, 1, 1))))
                .isInstanceOf(SchoolStatusConflictException.class).hasMessageContaining("fermée depuis le 01/07/2024");
        List<OpenPeriods.Change> suspended = SUSPENDED_THEN_RESUMED_THEN_CLOSED.subList(0, 1);
        assertThatThrownBy(() -> OpenPeriods.requireAllowed(OPENED, suspended,
                form(SchoolChange.SUSPENSION, LocalDate.of(2020, 4, 1))))
                .isInstanceOf(SchoolStatusConflictException.class);
        assertThatThrownBy(() -> OpenPeriods.requireAllowed(OPENED, List.of(),
                form(SchoolChange.RESUMPTION, LocalDate.of(2020, 4, 1))))
                .isInstanceOf(SchoolStatusConflictException.class);
        assertThatThrownBy(() -> OpenPeriods.requireAllowed(OPENED, List.of(),
                form(SchoolChange.CLOSURE, LocalDate.of(2018, 9, 30))))
                .isInstanceOf(Rejected.class).hasMessageContaining("01/10/2018")
                .extracting(e -> ((Rejected) e).reasons().get(0).field()).isEqualTo("effectiveOn");
        assertThatThrownBy(() -> OpenPeriods.requireAllowed(OPENED, suspended,
                form(SchoolChange.RESUMPTION, LocalDate.of(2020, 3, 1))))
                .isInstanceOf(Rejected.class).hasMessageContaining("16/03/2020");
    }

    @Test
    void allowsASuspensionThenItsResumptionThenTheClosure() {
        OpenPeriods.requireAllowed(OPENED, List.of(), form(SchoolChange.SUSPENSION, OPENED));
        OpenPeriods.requireAllowed(OPENED, SUSPENDED_THEN_RESUMED_THEN_CLOSED.subList(0, 1),
                form(SchoolChange.RESUMPTION, LocalDate.of(2020, 3, 16)));
        OpenPeriods.requireAllowed(OPENED, SUSPENDED_THEN_RESUMED_THEN_CLOSED.subList(0, 1),
                form(SchoolChange.CLOSURE, LocalDate.of(2020, 6, 1)));
    }

    private static SchoolStatus status(LocalDate day) {
        return OpenPeriods.statusOn(OPENED, SUSPENDED_THEN_RESUMED_THEN_CLOSED, day);
    }

    private static SchoolChangeForm form(SchoolChange change, LocalDate on) {
        return new SchoolChangeForm(change, on, "Motif");
    }
}

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.SchoolChange;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusConflictException;
import fr.normandie.ecoles.kernel.Rejected;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * When a school is open: from its opening day, except while a suspension or its closure is in force. A change
 * takes effect on its day (a school closed on the 1st is no longer open on the 1st). The changes of a school
 * follow each other in time: a closure is final, a resumption ends a suspension.
 */
final class OpenPeriods {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A change, as the rule needs it. */
    record Change(SchoolChange change, LocalDate effectiveOn) {
    }

    /** A day on which the school starts (+1) or stops (-1) counting as open. */
    record Transition(LocalDate on, int delta) {
    }

    private OpenPeriods() {
    }

    /** @param changes in the order they took effect */
    static SchoolStatus statusOn(LocalDate openedOn, List<Change> changes, LocalDate day) {
        if (openedOn.isAfter(day)) {
            return SchoolStatus.NOT_OPEN_YET;
        }
        SchoolStatus status = SchoolStatus.OPEN;
        for (Change change : changes) {
            if (change.effectiveOn().isAfter(day)) {
                break;
            }
            status = after(change.change());
        }
        return status;
    }

    /** The days the school starts and stops counting as open, in order. */
    static List<Transition> transitions(LocalDate openedOn, List<Change> changes) {
        List<Transition> transitions = new ArrayList<>(List.of(new Transition(openedOn, 1)));
        SchoolStatus status = SchoolStatus.OPEN;
        for (Change change : changes) {
            SchoolStatus next = after(change.change());
            if (status == SchoolStatus.OPEN && next != SchoolStatus.OPEN) {
                transitions.add(new Transition(change.effectiveOn(), -1));
            } else if (status != SchoolStatus.OPEN && next == SchoolStatus.OPEN) {
                transitions.add(new Transition(change.effectiveOn(), 1));
            }
            status = next;
        }
        return transitions;
    }

    /**
     * Refuses a change that does not follow the school's history.
     * @throws SchoolStatusConflictException when the school is closed, already suspended, or not suspended
     * @throws Rejected when the day precedes the opening or the last change
     */
    static void requireAllowed(LocalDate openedOn, List<Change> changes, SchoolChangeForm form) {
        Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        SchoolStatus now = last == null ? SchoolStatus.OPEN : after(last.change());
        if (now == SchoolStatus.CLOSED) {
            throw new SchoolStatusConflictException("L'école est fermée depuis le "
                    + FRENCH_DATE.format(last.effectiveOn()) + " : elle ne peut plus changer de situation.");
        }
        if (form.change() == SchoolChange.SUSPENSION && now == SchoolStatus.SUSPENDED) {
            throw new SchoolStatusConflictException("L'école est déjà suspendue depuis le "
                    + FRENCH_DATE.format(last.effectiveOn()) + ".");
        }
        if (form.change() == SchoolChange.RESUMPTION && now != SchoolStatus.SUSPENDED) {
            throw new SchoolStatusConflictException("L'école n'est pas suspendue : il n'y a rien à reprendre.");
        }
        if (form.effectiveOn().isBefore(openedOn)) {
            throw new Rejected("effectiveOn", "La date d'effet ne peut précéder l'ouverture de l'école, le "
                    + FRENCH_DATE.format(openedOn) + ".");
        }
        if (last != null && form.effectiveOn().isBefore(last.effectiveOn())) {
            throw new Rejected("effectiveOn", "La date d'effet ne peut précéder le dernier changement de situation "
                    + "de l'école, le " + FRENCH_DATE.format(last.effectiveOn()) + ".");
        }
    }

    private static SchoolStatus after(SchoolChange change) {
        return switch (change) {
            case SUSPENSION -> SchoolStatus.SUSPENDED;
            case RESUMPTION -> SchoolStatus.OPEN;
            case CLOSURE -> SchoolStatus.CLOSED;
        };
    }
}

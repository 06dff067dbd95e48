package fr.normandie.ecoles.kernel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Something people must be told of, fired as a CDI event ({@code Event<Notice>}) by the module where it happens,
 * inside the transaction that makes it happen. The notifications (in the application) observe it in that same
 * transaction and queue the mails: if the transaction rolls back, nobody is told; if it commits, the mails go
 * out afterwards, and a failure to send them never undoes what happened.
 *
 * @param kind what happened, which each person chooses to hear of at once, in a daily digest or not at all
 * @param roles the roles whose people are told (the candidate group of a task)
 * @param people the people told by name (the assignee of a task)
 * @param carriers the carriers whose accounts are told (issue 16): a carrier's people are reached through the carrier
 *                 they act for, never through {@link Role#CARRIER}, which would tell every carrier of the region
 * @param about what it is about, as people name it: the project's or the school's name
 * @param what the step, the corrective action or the payment line concerned, in French
 * @param due the day it falls due, when it has one
 * @param page the page to open, relative to the application's address ({@code projects/view.xhtml?id=…})
 */
public record Notice(Kind kind, Set<Role> roles, Set<String> people, Set<UUID> carriers, String about, String what,
                     Optional<LocalDate> due, String page) {

    /** The kinds of notice, each with its own choice of delivery per person. */
    public enum Kind {
        /** A task of a role I hold is open, or offered to me. */
        TASK_AVAILABLE,
        /** A task was given to me by someone else. */
        TASK_ASSIGNED,
        /** A step has waited long enough to be recalled. */
        REMINDER,
        /** A step has passed its due date. */
        OVERDUE,
        /** A corrective action of an audit falls due. */
        CORRECTIVE_ACTION_DUE,
        /** A labelled school's re-audit opens. */
        REAUDIT_OPENING,
        /** A payment of a subsidy falls due (fired by the funding module). */
        PAYMENT_DUE,
        /** A colleague handed me a task, with a message ({@code what}: the step and the message). */
        TASK_HANDED_OVER,
        // reports (issue 16): a school's yearly report submitted to the Region, validated, or sent back to the school
        /** A school submitted its yearly results or a use-of-grant report: the Region validates it. */
        REPORT_SUBMITTED,
        /** The Region validated a report of my school. */
        REPORT_VALIDATED,
        /** The Region sent a report of my school back, with its reason ({@code what}). */
        REPORT_RETURNED,
        /** messages (issue 16): the other side of a project's thread wrote ({@code what}: the message, bounded). */
        MESSAGE_RECEIVED,
        // submit (issue 16)
        /** Staff asked my carrier to complete a step's file ({@code what}: the step and the message; due: the deadline). */
        COMPLETION_REQUESTED
    }

    public Notice {
        Objects.requireNonNull(kind);
        roles = Set.copyOf(roles);
        if (roles.contains(Role.CARRIER)) {
            throw new IllegalArgumentException("A notice reaches a carrier's accounts through its carrier, not its role");
        }
        people = Set.copyOf(people);
        carriers = Set.copyOf(carriers);
        Objects.requireNonNull(about);
        Objects.requireNonNull(what);
        Objects.requireNonNull(due);
        Objects.requireNonNull(page);
    }

    /** A notice to everyone holding the role. */
    public static Notice toRole(Kind kind, Role role, String about, String what, LocalDate due, String page) {
        return new Notice(kind, Set.of(role), Set.of(), Set.of(), about, what, Optional.ofNullable(due), page);
    }

    /** A notice to one person, by user name. */
    public static Notice toPerson(Kind kind, String person, String about, String what, LocalDate due, String page) {
        return new Notice(kind, Set.of(), Set.of(person), Set.of(), about, what, Optional.ofNullable(due), page);
    }

    /** A notice to the active accounts of one carrier (issue 16). */
    public static Notice toCarrier(Kind kind, UUID carrier, String about, String what, LocalDate due, String page) {
        return new Notice(kind, Set.of(), Set.of(), Set.of(carrier), about, what, Optional.ofNullable(due), page);
    }

    /** The page of a project (or of the school it became). */
    public static String projectPage(String projectId) {
        return "projects/view.xhtml?id=" + projectId;
    }
}

package fr.normandie.ecoles.schools;

import java.util.EnumSet;
import java.util.Set;

/**
 * What happened to a project, on its timeline. Within one transaction things happen in this order, which
 * breaks ties between entries of the same instant: a step is recorded, then its task completes, then the
 * next task opens.
 */
public enum TimelineKind {
    /** The project was registered. */
    PROJECT_REGISTERED,
    /** Someone wrote a comment. */
    COMMENT_ADDED,
    /** Staff changed the project's registration (the fields, before and after). */
    PROJECT_EDITED,
    /** Someone took a task. */
    TASK_CLAIMED,
    /** Someone released a task they had taken. */
    TASK_RELEASED,
    /** A step's form was recorded, with the outcome that routes the process. */
    STEP_RECORDED,
    /** A document was added to the project or to a step. */
    DOCUMENT_ADDED,
    /** The project was given up. */
    PROJECT_ABANDONED,
    /** An administrator reopened a step completed by mistake (before its current task is interrupted). */
    STEP_REOPENED,
    /** A task was completed. */
    TASK_COMPLETED,
    /** A task ended without being completed (the project was given up). */
    TASK_CANCELLED,
    /** A reminder went out for a step left waiting. */
    REMINDER_SENT,
    /** The process ended without a school. */
    PROJECT_CLOSED,
    /** The school opened. */
    SCHOOL_OPENED,
    /** A task opened for a step. */
    TASK_CREATED,
    /** Someone handed a task to a named colleague, with a message (ownership, issue 15). */
    TASK_HANDED_OVER,
    /** The project's officer changed (ownership, issue 15). */
    OFFICER_CHANGED,
    /**
     * The carrier or the Region wrote on the project's thread (messages, issue 16): the carrier sees it, unlike the
     * staff's internal {@link #COMMENT_ADDED comments}.
     */
    MESSAGE_WRITTEN,
    /** The carrier submitted a step's file online, with its comment (submit, issue 16). */
    FILE_SUBMITTED,
    /** Staff asked the carrier to complete a step's file, with a message and a deadline (submit, issue 16). */
    COMPLETION_REQUESTED;

    /**
     * What a carrier's account sees of its own project's timeline (carriers' portal, issue 16): the project's
     * milestones that concern the carrier (registration, a step opening and being completed, the end: abandoned,
     * closed or opened), the documents, the messages of its thread, its file's submissions and the completion
     * requests. Everything about how the Region works the file stays with the Region: comments, edits, who takes or
     * releases or hands over a task, officer changes, the recorded forms (the instructor's judgement), reopened
     * steps, reminders to staff and interrupted tasks. A kind added later is staff-only until it is named here.
     */
    private static final Set<TimelineKind> SEEN_BY_CARRIERS = EnumSet.of(PROJECT_REGISTERED, TASK_CREATED,
            TASK_COMPLETED, DOCUMENT_ADDED, PROJECT_ABANDONED, PROJECT_CLOSED, SCHOOL_OPENED, MESSAGE_WRITTEN,
            FILE_SUBMITTED, COMPLETION_REQUESTED);

    /** Whether a carrier's account sees entries of this kind on its own project's timeline. */
    public boolean seenByCarriers() {
        return SEEN_BY_CARRIERS.contains(this);
    }
}

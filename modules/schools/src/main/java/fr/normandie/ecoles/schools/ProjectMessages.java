package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;

/**
 * A project's messages between its carrier's accounts and the Region (issue 16): what the carrier and the project's
 * officer say to each other, unlike the {@link Comments}, which the Region keeps to itself. A carrier's account reaches
 * only the threads of its own carrier's projects: another's is answered as a project that does not exist.
 * Each message tells the other side by e-mail (a {@code MESSAGE_RECEIVED} notice) and is on the project's timeline.
 */
public interface ProjectMessages {

    /**
     * The project's thread, oldest first: for the carrier's accounts and every role of the Region.
     *
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    List<ProjectMessage> thread(ProjectId project, Caller caller);

    /**
     * Writes the caller's message: the carrier's accounts (to the project's officer, or the department's officers, or
     * the staff when it has none), the staff and the administrators (to the carrier's accounts).
     *
     * @throws fr.normandie.ecoles.kernel.Forbidden for auditors, funding officers and viewers, who only read
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    ProjectMessage write(ProjectId project, NewMessage message, Caller caller);

    /**
     * How many messages of the other side the caller's side has not read yet (the carrier's side, or the Region's
     * staff and administrators; nothing for those who only read).
     *
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    long unread(ProjectId project, Caller caller);

    /**
     * Marks the other side's messages read, as the caller's side opens the thread to answer (the carrier's accounts,
     * staff, administrators; a reader's look marks nothing).
     *
     * @return how many messages were marked
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    int markRead(ProjectId project, Caller caller);
}

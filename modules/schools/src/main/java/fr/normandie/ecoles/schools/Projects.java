package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register of school projects and their life cycle. */
public interface Projects {

    /** Registers a project (project officers). */
    ProjectSummary register(ProjectRegistration registration, Caller caller);

    Optional<ProjectSummary> find(ProjectId id);

    /**
     * The project as the caller may see it: a carrier's account finds only a project its carrier carries (the
     * query names the carrier), another carrier's project is as absent as a missing one; the Region's people find
     * every project (carriers' portal, issue 16).
     */
    Optional<ProjectSummary> find(ProjectId id, Caller caller);

    /** {@link #list(String, ProjectStatus)}, of the caller's own carrier alone for a carrier's account (in the query). */
    List<ProjectSummary> list(String departmentCode, ProjectStatus status, Caller caller);

    /**
     * Projects, newest first, optionally of one department and/or one status. The records that only hold the file of
     * a school older than the software ({@link SchoolFiles}) are no projects: they are left out (the school is in
     * the registry).
     */
    List<ProjectSummary> list(String departmentCode, ProjectStatus status);

    /** How many projects have the status. */
    long count(ProjectStatus status);

    /** The summaries of the given projects in one read. */
    Map<ProjectId, ProjectSummary> summaries(Collection<ProjectId> ids);

    /** The completed steps of a project, oldest first. */
    List<StepCompletion> history(ProjectId id);

    /**
     * Refuses to go on with a project that has ended (open, closed or abandoned): checked before a step writes
     * anything.
     * @throws UnknownProjectException when there is no such project
     * @throws ProjectNotInProgressException when it has ended
     */
    void requireInProgress(ProjectId id);

    /** Records that a step was completed, in the transaction that completes it. */
    void recordStep(ProjectId id, String step, String completedBy, String outcome);

    /** Records that a reminder went out for a step left waiting. */
    void recordReminder(ProjectId id, String step);

    /** The project is given up (project officers); only a project in progress can be. */
    void abandon(ProjectId id, String reason, Caller caller);

    /** The opening process ended with an open school. */
    void markOpened(ProjectId id);

    /** The opening process ended without a school, at the given step. */
    void markClosed(ProjectId id, String atStep);

    /**
     * Staff change a project's registration after the fact (a slipped opening, another commune, more places):
     * every field is given again, as at registration, and checked by the same rules. The fields that changed are
     * kept with their values before and after, by whom and when, on the project's timeline; nothing is kept when
     * nothing changed.
     *
     * @param version the project's {@link ProjectSummary#version()} the edit was made on
     * @return the changes, none when the registration was the same
     * @throws fr.normandie.ecoles.kernel.Forbidden for anyone but staff
     * @throws UnknownProjectException when there is no such project
     * @throws ProjectNotInProgressException when the project has ended
     * @throws StaleProjectException when the project changed since that version: nothing is written
     */
    List<ProjectChange> edit(ProjectId id, long version, ProjectRegistration registration, Caller caller);

    /**
     * An administrator reopens a step completed by mistake: the reason is kept on the timeline, the step's earlier
     * records stay as history, and the project counts as having completed only the steps before it. The caller
     * (the workflow) moves the process back to the step in the same transaction.
     *
     * @throws fr.normandie.ecoles.kernel.Forbidden for anyone but an administrator
     * @throws InvalidInputException without a reason, or with one over 2,000 characters
     * @throws ProjectNotInProgressException when the project has ended
     * @throws StepNotCompletedException when the step was never completed for the project
     */
    void reopenStep(ProjectId id, String step, String reason, Caller caller);
}

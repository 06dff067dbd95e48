package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;

import java.util.List;
import java.util.Optional;

/** A school project from registration to its end, with the steps its process has reached. */
public interface ProjectLifecycle {

    /** Registers the project and starts its opening process, in one transaction. */
    ProjectView register(ProjectRegistration registration, Caller caller);

    /**
     * Registers a project whose officer is another staff member than the caller (null: the caller). A name of no
     * active staff account is refused on {@code officer} and nothing is registered.
     */
    ProjectView register(ProjectRegistration registration, String officer, Caller caller);

    Optional<ProjectView> find(ProjectId id);

    List<ProjectView> list(String departmentCode, ProjectStatus status);

    /**
     * The project as the caller may see it: for a carrier's account only a project of its own carrier, another
     * carrier's being as absent as a missing one ({@link fr.normandie.ecoles.schools.Projects#find(ProjectId, Caller)}).
     */
    Optional<ProjectView> find(ProjectId id, Caller caller);

    /** {@link #list(String, ProjectStatus)}, its own carrier's projects alone for a carrier's account. */
    List<ProjectView> list(String departmentCode, ProjectStatus status, Caller caller);

    /**
     * The carrier's home: the projects the caller may see (a carrier's account, its own carrier's), newest first,
     * each with its open steps and their due dates, without history; read in a few queries whatever their number.
     */
    List<ProjectStanding> standings(Caller caller);

    /** Where one project the caller may see stands: its steps done, those open and their due dates. */
    Optional<ProjectStanding> standing(ProjectId id, Caller caller);

    /** How many projects are in progress and how many wait at each opening step: a few counts, whatever their number. */
    OpeningProgress progress();

    /** "Mes projets": the projects whose officer is the caller, or someone the caller stands in for today. */
    List<ProjectView> mine(Caller caller);

    /** Gives the project up, whatever step it is at, with a reason. */
    ProjectView abandon(ProjectId id, String reason, Caller caller);

    /**
     * Staff change the registration of a project in progress, made on the version they read (see
     * {@link fr.normandie.ecoles.schools.Projects#edit}); a project moved to another department is found under it
     * in the inboxes at once.
     *
     * @throws fr.normandie.ecoles.schools.StaleProjectException when the project changed since that version
     */
    ProjectView edit(ProjectId id, long version, ProjectRegistration registration, Caller caller);

    /**
     * Another officer takes the project (staff or administrators, checked by the schools module): the tasks of
     * the opening still to come and those open now are offered to them instead of the previous officer.
     */
    ProjectView changeOfficer(ProjectId id, String officer, Caller caller);
}

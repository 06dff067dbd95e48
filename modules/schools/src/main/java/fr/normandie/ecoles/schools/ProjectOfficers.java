package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who owns which project: each project's officer (chargé·e de mission, an active staff account; the registering
 * staff member at first) and each department's officers (set by the administrators). The workflow offers a
 * project's staff tasks to its officer first and lets the department's officers find them.
 */
public interface ProjectOfficers {

    /** The project's officer; empty for a project that has none (a school's file older than the software). */
    Optional<String> officerOf(ProjectId project);

    /** The projects whose officer is one of these people, newest first. */
    List<ProjectId> ofOfficers(Collection<String> officers);

    /**
     * Another officer takes the project (staff or administrators); the change is on the project's timeline.
     *
     * @return the previous officer, empty when there was none
     * @throws fr.normandie.ecoles.kernel.Forbidden for anyone but staff or administrators
     * @throws UnknownProjectException when there is no such project
     * @throws fr.normandie.ecoles.kernel.Rejected on {@code officer} when it names no active staff account
     */
    Optional<String> assign(ProjectId project, String officer, Caller caller);

    /** Each department's officers, by department code (departments without officers are left out). */
    Map<String, List<String>> departmentOfficers();

    /** The departments of which one of these people is an officer. */
    Set<String> departmentsOf(Collection<String> officers);

    /**
     * Sets a department's officers, replacing the list (administrators); an empty list leaves it without.
     *
     * @throws fr.normandie.ecoles.kernel.Forbidden for anyone but administrators
     * @throws fr.normandie.ecoles.kernel.Rejected on {@code officers[i]} for a name of no active staff account,
     *         on {@code departmentCode} for an unknown department
     */
    List<String> setDepartmentOfficers(String departmentCode, List<String> officers, Caller caller);

    /**
     * Records on the project's timeline that a task was handed to a colleague, with the message; in the
     * transaction that hands it over (the workflow's, which checked the caller).
     */
    void recordHandOver(ProjectId project, String step, String from, String to, String message);
}

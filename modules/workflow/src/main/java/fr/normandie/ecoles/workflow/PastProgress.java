package fr.normandie.ecoles.workflow;

import java.time.LocalDate;
import java.util.List;

/**
 * The projects as they stood at the end of a past day, for the dashboard: which were in progress (from the
 * projects' registration and end times) and at which steps they waited (from the engine's history of tasks: when
 * each opened and ended).
 */
public interface PastProgress {

    /** The projects in progress at the end of the day, by name, each with the steps open then. */
    default List<ProjectOnDay> inProgressOn(LocalDate day) {
        return inProgressOn(day, Integer.MAX_VALUE).first();
    }

    /**
     * How many projects were in progress at the end of the day, and the first {@code max} of them by name, each with
     * the steps open then: only their steps are read (the dashboard's page lists 50 of the 10,000 a region may have).
     */
    ProjectsOnDay inProgressOn(LocalDate day, int max);

    /**
     * How many of those projects ({@link #inProgressOn}) there are, and how many tasks waited at each step of the
     * opening: counted from the list the caller already read, not read again.
     */
    OpeningProgress progressOf(List<ProjectOnDay> projects);
}

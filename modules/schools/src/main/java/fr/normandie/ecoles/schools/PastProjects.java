package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;

/**
 * The projects as they stood at the end of a day, read from what the project records keep: the registration
 * time, the end time (opened, closed or abandoned) and the journal of completed steps.
 */
public interface PastProjects {

    /** The projects registered by the end of the day and not ended by then, by name. */
    default List<PastProject> inProgressOn(LocalDate day) {
        return inProgressOn(day, Integer.MAX_VALUE).first();
    }

    /**
     * How many projects were registered by the end of the day and not ended by then, and the first {@code max} of
     * them by name: the dashboard's page lists a few of the 10,000 a region may have in progress.
     */
    PastProjectsOnDay inProgressOn(LocalDate day, int max);
}

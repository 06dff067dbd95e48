package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TimelineEntry;

import java.util.List;

/** Who did what and when on a project: the engine's history of its tasks joined with its file's records. */
public interface ProjectTimeline {

    /**
     * Tasks opened, taken, released, completed or interrupted, and registration, recorded steps, reminders,
     * the end, documents and comments: oldest first, read in a fixed number of queries whatever their count.
     *
     * @throws fr.normandie.ecoles.schools.UnknownProjectException when there is no such project
     */
    List<TimelineEntry> of(ProjectId project);
}

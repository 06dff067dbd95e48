package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;
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

    /**
     * The timeline as the caller may see it: a carrier's account reads only its own carrier's project (another
     * carrier's is refused as unknown), and of it only the kinds {@link
     * fr.normandie.ecoles.schools.TimelineKind#seenByCarriers() seen by carriers}; the Region's people read it all.
     *
     * @throws fr.normandie.ecoles.schools.UnknownProjectException when there is no such project, or it is another
     *                                                             carrier's
     */
    List<TimelineEntry> of(ProjectId project, Caller caller);
}

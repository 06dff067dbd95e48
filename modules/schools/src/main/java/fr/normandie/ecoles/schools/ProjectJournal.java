package fr.normandie.ecoles.schools;

import java.util.List;
import java.util.function.Function;

/** What the project's file itself records of a project's life, for its timeline. */
public interface ProjectJournal {

    /**
     * Registration, edits (the fields changed), recorded and reopened steps, reminders, the end, documents,
     * comments and messages (issue 16), oldest first, read in a
     * fixed number of queries.
     *
     * @param stepLabel the French name of a step, from its key
     * @throws UnknownProjectException when there is no such project
     */
    List<TimelineEntry> entries(ProjectId project, Function<String, String> stepLabel);
}

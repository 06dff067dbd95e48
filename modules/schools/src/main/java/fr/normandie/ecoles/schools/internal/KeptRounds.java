package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;

/**
 * A step whose rounds the project's file shows: its handler says under which name, and reads them. The file finds
 * them through CDI, so a step that keeps rounds joins the file without the file naming it.
 */
public interface KeptRounds {

    /** The step's key. */
    String key();

    /** The rounds' name in the file's JSON. */
    String roundsName();

    /** The project's rounds of the step, oldest first. */
    List<?> rounds(ProjectId project);

    default ProjectFileView.Rounds of(ProjectId project) {
        return new ProjectFileView.Rounds(key(), roundsName(), rounds(project));
    }
}

package fr.normandie.ecoles.schools;

import java.util.Optional;

/**
 * The file of a project that the Region's staff carry. Each step's form is stored by its {@link StepHandler}
 * in the transaction that completes the step.
 */
public interface ProjectFile {

    /** The project's whole file, every step so far. */
    Optional<ProjectFileView> read(ProjectId id);
}

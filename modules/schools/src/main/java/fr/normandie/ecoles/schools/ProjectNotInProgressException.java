package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** The project has already ended (open, closed or abandoned): it cannot move any more. */
public class ProjectNotInProgressException extends Conflict {
    public ProjectNotInProgressException(ProjectId id, ProjectStatus status) {
        super("Le projet " + id + " n'est plus en cours (statut " + status + ").");
    }
}

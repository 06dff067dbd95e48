package fr.normandie.ecoles.schools;

/** The project has already ended (open, closed or abandoned): it cannot move any more. */
public class ProjectNotInProgressException extends RuntimeException {
    public ProjectNotInProgressException(ProjectId id, ProjectStatus status) {
        super("Le projet " + id + " n'est plus en cours (statut " + status + ").");
    }
}

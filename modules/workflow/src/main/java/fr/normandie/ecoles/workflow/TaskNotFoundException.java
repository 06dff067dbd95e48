package fr.normandie.ecoles.workflow;

/** No open task has this id, and none ever had. */
public class TaskNotFoundException extends RuntimeException {
    public TaskNotFoundException(String id) {
        super("Aucune tâche n'a l'identifiant " + id + ".");
    }
}

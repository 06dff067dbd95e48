package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.NotFound;

/** No open task has this id, and none ever had. */
public class TaskNotFoundException extends NotFound {
    public TaskNotFoundException(String id) {
        super("Aucune tâche n'a l'identifiant " + id + ".");
    }
}

package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.NotFound;

/** No failed job has this id (it ran meanwhile, or never existed). */
public class UnknownJobException extends NotFound {
    public UnknownJobException(String id) {
        super("Aucune tâche de fond en échec n'a l'identifiant " + id + ".");
    }
}

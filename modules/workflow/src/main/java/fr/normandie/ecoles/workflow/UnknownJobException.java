package fr.normandie.ecoles.workflow;

/** No failed job has this id (it ran meanwhile, or never existed). */
public class UnknownJobException extends RuntimeException {
    public UnknownJobException(String id) {
        super("Aucune tâche de fond en échec n'a l'identifiant " + id + ".");
    }
}

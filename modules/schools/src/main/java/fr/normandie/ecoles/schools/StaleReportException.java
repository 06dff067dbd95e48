package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** A report changed by someone else since the page that sends this change was read. */
public class StaleReportException extends Conflict {
    public StaleReportException() {
        super("version", "Ce compte rendu a été modifié entre-temps : rechargez la page. Rien n'a été enregistré.");
    }
}

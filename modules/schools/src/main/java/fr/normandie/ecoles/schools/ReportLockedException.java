package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Conflict;

/** A report whose state forbids the change: a validated report the school would change, a report not submitted. */
public class ReportLockedException extends Conflict {
    public ReportLockedException(String message) {
        super(message);
    }
}

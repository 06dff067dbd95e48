package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.Conflict;

/** The decision does not follow from the label's state (a label recorded twice, a label not held withdrawn). */
public class LabelDecisionConflictException extends Conflict {
    public LabelDecisionConflictException(String message) {
        super(message);
    }
}

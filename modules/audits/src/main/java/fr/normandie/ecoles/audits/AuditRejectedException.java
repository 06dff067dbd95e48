package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Rejected;

import java.util.List;

/**
 * An audit breaks the label's rules (outcome, actions, verdicts): each broken rule names its field
 * ({@code findings[0].actions[1].dueOn}). Nothing is stored.
 */
public class AuditRejectedException extends Rejected {

    public AuditRejectedException(List<FieldReason> violations) {
        super(Kind.INVALID, "Audit non conforme aux règles du label", violations);
    }
}

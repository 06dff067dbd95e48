package fr.normandie.ecoles.audits;

import java.util.List;
import java.util.stream.Collectors;

/** An audit breaks the label's rules (outcome, actions, verdicts): each broken rule names its field. Nothing is stored. */
public class AuditRejectedException extends RuntimeException {

    /** One broken rule: the path of the field in the form ({@code findings[0].actions[1].dueOn}) and why. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public AuditRejectedException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.kernel.Caller;

import java.util.function.Function;

/**
 * A grant to an open school through {@code school-grant.bpmn}: the request starts the process, each step is completed
 * with its form by the step's role. The funding module's {@link fr.normandie.ecoles.funding.GrantStep}s check and
 * store the forms; the step and the token move in one transaction.
 */
public interface GrantProcess {

    /** Records the school's request and starts its process, in one transaction. */
    GrantView request(Caller caller, GrantRequestForm form);

    /** @throws fr.normandie.ecoles.funding.UnknownGrantException */
    GrantView find(GrantId id);

    /**
     * Completes the step the grant waits at, which must be {@code stepKey}.
     * @param formOfStep reads the step's form once the step is known (the form's type is the step's)
     * @throws StepForbiddenException when the caller lacks the step's role
     * @throws TaskConflictException when the grant is not (or no longer) at that step
     */
    GrantView complete(Caller caller, GrantId id, String stepKey, Function<Step, ?> formOfStep);
}

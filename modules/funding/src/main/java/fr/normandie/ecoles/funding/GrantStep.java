package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;

/**
 * A step of a school's grant ({@code school-grant.bpmn}): a {@link StepHandler} whose subject is a grant, not a
 * project (a school older than the software has no project). The step contract checks it like any other; the
 * workflow's grant process records it through {@link #record(Caller, GrantId, Object)}.
 */
public interface GrantStep<F, O extends Enum<O>> extends StepHandler<F, O> {

    /**
     * Checks the caller's right and the grant's state, validates and stores the form in the caller's transaction.
     * @return the outcome that routes the grant's process
     */
    O record(Caller caller, GrantId grant, F form);

    /** Never called: a grant's step is recorded on its grant, which may have no project. */
    @Override
    default O record(ProjectId project, F form, String recordedBy) {
        throw new UnsupportedOperationException("The step " + key() + " is recorded on a grant, not on a project");
    }
}

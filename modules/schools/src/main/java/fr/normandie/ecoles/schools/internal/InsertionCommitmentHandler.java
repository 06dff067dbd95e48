package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.InsertionOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Step 3: how the pupils' insertion is secured; while it is not, the commitment is asked again. */
@ApplicationScoped
public class InsertionCommitmentHandler
        extends RoundsStep<InsertionCommitmentForm, InsertionOutcome, InsertionCommitmentEntity> {

    public InsertionCommitmentHandler() {
        super("insertion-commitment", InsertionCommitmentForm.class, InsertionOutcome.class, "insertionOutcome",
                InsertionCommitmentEntity.class, "insertions");
    }

    @Override
    InsertionCommitmentEntity round(ProjectId project, InsertionCommitmentForm form, String recordedBy, Instant at) {
        return new InsertionCommitmentEntity(project, form, recordedBy, at);
    }

    @Override
    InsertionOutcome outcome(InsertionCommitmentForm form) {
        return form.secured() ? InsertionOutcome.SECURED : InsertionOutcome.NOT_SECURED;
    }

    @Override
    Object shown(InsertionCommitmentEntity round) {
        return round.toRecorded();
    }
}

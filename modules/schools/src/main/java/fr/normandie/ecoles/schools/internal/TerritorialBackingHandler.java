package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.BackingOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Step 1: the local actors who back the project; the officer judges whether they suffice. */
@ApplicationScoped
public class TerritorialBackingHandler
        extends RoundsStep<TerritorialBackingForm, BackingOutcome, TerritorialBackingEntity> {

    public TerritorialBackingHandler() {
        super("territorial-backing", TerritorialBackingForm.class, BackingOutcome.class, "backingOutcome",
                TerritorialBackingEntity.class, "backings");
    }

    @Override
    TerritorialBackingEntity round(ProjectId project, TerritorialBackingForm form, String recordedBy, Instant at) {
        return new TerritorialBackingEntity(project, form, recordedBy, at);
    }

    @Override
    BackingOutcome outcome(TerritorialBackingForm form) {
        return form.sufficient() ? BackingOutcome.SUFFICIENT : BackingOutcome.INSUFFICIENT;
    }

    @Override
    Object shown(TerritorialBackingEntity round) {
        return round.toRound();
    }
}

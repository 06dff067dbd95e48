package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.BackingOutcome;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.util.List;

/** Step 1: the local actors who back the project; the officer judges whether they suffice. */
@ApplicationScoped
public class TerritorialBackingHandler implements KeptRounds, StepHandler<TerritorialBackingForm, BackingOutcome> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "territorial-backing";
    }

    @Override
    public Class<TerritorialBackingForm> formType() {
        return TerritorialBackingForm.class;
    }

    @Override
    public Class<BackingOutcome> outcomeType() {
        return BackingOutcome.class;
    }

    @Override
    public String outcomeVariable() {
        return "backingOutcome";
    }

    @Override
    public BackingOutcome record(ProjectId project, TerritorialBackingForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        em.persist(new TerritorialBackingEntity(project, form, recordedBy, clock.now()));
        return form.sufficient() ? BackingOutcome.SUFFICIENT : BackingOutcome.INSUFFICIENT;
    }

    @Override
    public String roundsName() {
        return "backings";
    }

    @Override
    public List<?> rounds(ProjectId project) {
        return em.createNamedQuery("TerritorialBackingEntity.ofProject", TerritorialBackingEntity.class).setParameter("project", project.value())
                .getResultList().stream().map(TerritorialBackingEntity::toRound).toList();
    }
}

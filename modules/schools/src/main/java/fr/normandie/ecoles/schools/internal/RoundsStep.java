package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.Instant;
import java.util.List;

/**
 * A step of the project's file that keeps each round in its own table (a step asked again keeps its earlier
 * rounds): its form is validated, stored as one round, and its rounds are
 * shown in the file. The round's entity names its query of a project's rounds {@code <Entity>.ofProject}.
 *
 * @param <F> the step's form
 * @param <O> its outcome
 * @param <E> the entity of one round
 */
abstract class RoundsStep<F, O extends Enum<O>, E extends StepRoundEntity> implements StepHandler<F, O>, KeptRounds {

    private final String key;
    private final Class<F> formType;
    private final Class<O> outcomeType;
    private final String outcomeVariable;
    private final Class<E> roundType;
    private final String roundsName;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    RoundsStep(String key, Class<F> formType, Class<O> outcomeType, String outcomeVariable,
               Class<E> roundType, String roundsName) {
        this.key = key;
        this.formType = formType;
        this.outcomeType = outcomeType;
        this.outcomeVariable = outcomeVariable;
        this.roundType = roundType;
        this.roundsName = roundsName;
    }

    /** The round to store. */
    abstract E round(ProjectId project, F form, String recordedBy, Instant at);

    /** The outcome the form routes the process to. */
    abstract O outcome(F form);

    /** What the file shows of a round. */
    abstract Object shown(E round);

    @Override
    public O record(ProjectId project, F form, String recordedBy) {
        Inputs.requireValid(validator, form);
        em.persist(round(project, form, recordedBy, clock.now()));
        return outcome(form);
    }

    @Override
    public List<?> rounds(ProjectId project) {
        return em.createNamedQuery(roundType.getSimpleName() + ".ofProject", roundType)
                .setParameter("project", project.value()).getResultList().stream().map(this::shown).toList();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Class<F> formType() {
        return formType;
    }

    @Override
    public Class<O> outcomeType() {
        return outcomeType;
    }

    @Override
    public String outcomeVariable() {
        return outcomeVariable;
    }

    @Override
    public String roundsName() {
        return roundsName;
    }
}

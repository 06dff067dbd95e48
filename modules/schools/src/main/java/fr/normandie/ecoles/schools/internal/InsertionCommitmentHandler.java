package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.InsertionOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.util.List;

/** Step 3: how the pupils' insertion is secured; while it is not, the commitment is asked again. */
@ApplicationScoped
public class InsertionCommitmentHandler implements KeptRounds, StepHandler<InsertionCommitmentForm, InsertionOutcome> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "insertion-commitment";
    }

    @Override
    public Class<InsertionCommitmentForm> formType() {
        return InsertionCommitmentForm.class;
    }

    @Override
    public Class<InsertionOutcome> outcomeType() {
        return InsertionOutcome.class;
    }

    @Override
    public String outcomeVariable() {
        return "insertionOutcome";
    }

    @Override
    public InsertionOutcome record(ProjectId project, InsertionCommitmentForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        em.persist(new InsertionCommitmentEntity(project, form, recordedBy, clock.now()));
        return form.secured() ? InsertionOutcome.SECURED : InsertionOutcome.NOT_SECURED;
    }

    @Override
    public String roundsName() {
        return "insertions";
    }

    @Override
    public List<?> rounds(ProjectId project) {
        return em.createNamedQuery("InsertionCommitmentEntity.ofProject", InsertionCommitmentEntity.class).setParameter("project", project.value())
                .getResultList().stream().map(InsertionCommitmentEntity::toRecorded).toList();
    }
}

package fr.normandie.ecoles.funding.internal;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaSubsidyDecisions implements SubsidyDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    @Transactional
    public String record(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        Inputs.requireValid(validator, form);
        em.persist(new SubsidyDecisionEntity(project, form, decidedBy));
        return form.decision().name();
    }
}

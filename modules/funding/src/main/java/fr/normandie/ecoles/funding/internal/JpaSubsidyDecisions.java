package fr.normandie.ecoles.funding.internal;

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

    @Override
    @Transactional
    public String record(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        em.persist(new SubsidyDecisionEntity(project, form, decidedBy));
        return form.decision().name();
    }
}

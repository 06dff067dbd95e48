package fr.normandie.ecoles.audits.internal;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaLabelAudits implements LabelAudits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    @Transactional
    public String record(ProjectId project, LabelAuditForm form, String auditor, boolean followUp) {
        Inputs.requireValid(validator, form);
        em.persist(new LabelAuditEntity(project, form, auditor, followUp));
        return form.outcome().name();
    }
}

package fr.normandie.ecoles.schools.internal;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaProjectFile implements ProjectFile {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    JpaSchools schools;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    @Transactional
    public String recordBacking(ProjectId id, TerritorialBackingForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        projects.project(id).requireInProgress();
        em.persist(new TerritorialBackingEntity(id, form, recordedBy, clock.now()));
        return form.sufficient() ? "SUFFICIENT" : "INSUFFICIENT";
    }

    @Override
    @Transactional
    public String recordStudy(ProjectId id, OpportunityStudyForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        projects.project(id).requireInProgress();
        em.persist(new OpportunityStudyEntity(id, form, recordedBy, clock.now()));
        return form.conclusion().name();
    }

    @Override
    @Transactional
    public String recordInsertion(ProjectId id, InsertionCommitmentForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        projects.project(id).requireInProgress();
        em.persist(new InsertionCommitmentEntity(id, form, recordedBy, clock.now()));
        return form.secured() ? "SECURED" : "NOT_SECURED";
    }

    @Override
    @Transactional
    public String recordOpening(ProjectId id, OpeningForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        ProjectEntity project = projects.project(id);
        project.requireInProgress();
        schools.add(new SchoolEntity(project.name(), project.carrier(), project.departmentCode(),
                project.communeCode(), project.trades(), form.openedOn(), project.capacity(), form.pupils(), id));
        return "OPENED";
    }
}

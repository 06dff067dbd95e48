package fr.normandie.ecoles.schools.internal;

import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Stage;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

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
    public Optional<ProjectFileView> read(ProjectId id) {
        return projects.find(id).map(project -> new ProjectFileView(project,
                ofProject("TerritorialBackingEntity.ofProject", TerritorialBackingEntity.class, id).stream()
                        .map(TerritorialBackingEntity::toRound).toList(),
                ofProject("OpportunityStudyEntity.ofProject", OpportunityStudyEntity.class, id).stream()
                        .map(OpportunityStudyEntity::toRecorded).toList(),
                ofProject("InsertionCommitmentEntity.ofProject", InsertionCommitmentEntity.class, id).stream()
                        .map(InsertionCommitmentEntity::toRecorded).toList(),
                schools.ofProject(id).orElse(null)));
    }

    private <T> List<T> ofProject(String query, Class<T> type, ProjectId id) {
        return em.createNamedQuery(query, type).setParameter("project", id.value()).getResultList();
    }

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
        ProjectEntity project = projects.project(id);
        project.requireInProgress();
        if (form.studyDate() != null && form.studyDate().isBefore(Clock.dateOf(project.registeredAt()))) {
            throw new InvalidInputException("studyDate",
                    "L'étude ne peut pas précéder l'enregistrement du projet (" + Clock.dateOf(project.registeredAt()) + ").");
        }
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
        projects.lastCompletion(id, Stage.SUBSIDY_DECISION.key()).map(Clock::dateOf)
                .filter(decided -> form.openedOn().isBefore(decided))
                .ifPresent(decided -> {
                    throw new InvalidInputException("openedOn",
                            "L'école ne peut pas ouvrir avant la décision de subvention (" + decided + ").");
                });
        schools.add(new SchoolEntity(project.name(), project.carrier(), project.departmentCode(),
                project.communeCode(), project.trades(), form.openedOn(), project.capacity(), form.pupils(), id));
        return "OPENED";
    }
}

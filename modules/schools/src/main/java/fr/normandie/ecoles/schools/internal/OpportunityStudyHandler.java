package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.List;

/** Step 2: whether local firms can support the school; the study's conclusion routes the project. */
@ApplicationScoped
public class OpportunityStudyHandler implements KeptRounds, StepHandler<OpportunityStudyForm, StudyConclusion> {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "opportunity-study";
    }

    @Override
    public Class<OpportunityStudyForm> formType() {
        return OpportunityStudyForm.class;
    }

    @Override
    public Class<StudyConclusion> outcomeType() {
        return StudyConclusion.class;
    }

    @Override
    public String outcomeVariable() {
        return "studyConclusion";
    }

    /** The study cannot precede the project's registration. */
    @Override
    public StudyConclusion record(ProjectId project, OpportunityStudyForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        LocalDate registered = Clock.dateOf(projects.project(project).registeredAt());
        if (form.studyDate() != null && form.studyDate().isBefore(registered)) {
            throw new InvalidInputException("studyDate",
                    "L'étude ne peut pas précéder l'enregistrement du projet (" + registered + ").");
        }
        em.persist(new OpportunityStudyEntity(project, form, recordedBy, clock.now()));
        return form.conclusion();
    }

    @Override
    public String roundsName() {
        return "studies";
    }

    @Override
    public List<?> rounds(ProjectId project) {
        return em.createNamedQuery("OpportunityStudyEntity.ofProject", OpportunityStudyEntity.class).setParameter("project", project.value())
                .getResultList().stream().map(OpportunityStudyEntity::toRecorded).toList();
    }
}

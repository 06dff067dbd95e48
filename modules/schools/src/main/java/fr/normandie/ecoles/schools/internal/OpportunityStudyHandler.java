package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;

/** Step 2: whether local firms can support the school; the study's conclusion routes the project. */
@ApplicationScoped
public class OpportunityStudyHandler extends RoundsStep<OpportunityStudyForm, StudyConclusion, OpportunityStudyEntity> {

    @Inject
    JpaProjects projects;

    public OpportunityStudyHandler() {
        super("opportunity-study", OpportunityStudyForm.class, StudyConclusion.class, "studyConclusion",
                OpportunityStudyEntity.class, "studies");
    }

    /** The study cannot precede the project's registration. */
    @Override
    void check(ProjectId project, OpportunityStudyForm form) {
        LocalDate registered = Clock.dateOf(projects.project(project).registeredAt());
        if (form.studyDate() != null && form.studyDate().isBefore(registered)) {
            throw new InvalidInputException("studyDate",
                    "L'étude ne peut pas précéder l'enregistrement du projet (" + registered + ").");
        }
    }

    @Override
    OpportunityStudyEntity round(ProjectId project, OpportunityStudyForm form, String recordedBy, Instant at) {
        return new OpportunityStudyEntity(project, form, recordedBy, at);
    }

    @Override
    StudyConclusion outcome(OpportunityStudyForm form) {
        return form.conclusion();
    }

    @Override
    Object shown(OpportunityStudyEntity round) {
        return round.toRecorded();
    }
}

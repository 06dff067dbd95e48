package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Step 2: whether local firms can support the school; the study's conclusion routes the project. */
@ApplicationScoped
public class OpportunityStudyHandler extends RoundsStep<OpportunityStudyForm, StudyConclusion, OpportunityStudyEntity> {

    public OpportunityStudyHandler() {
        super("opportunity-study", OpportunityStudyForm.class, StudyConclusion.class, "studyConclusion",
                OpportunityStudyEntity.class, "studies");
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

package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.OpeningForm;
import fr.normandie.ecoles.schools.OpeningOutcome;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/** Step 6: the school opens; it joins the registry and counts for its department from its opening date. */
@ApplicationScoped
public class OpeningHandler implements StepHandler<OpeningForm, OpeningOutcome> {

    /** The step whose completion the opening cannot precede. */
    private static final String SUBSIDY_DECISION = "subsidy-decision";

    @Inject
    JpaProjects projects;

    @Inject
    JpaSchools schools;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "opening";
    }

    @Override
    public Class<OpeningForm> formType() {
        return OpeningForm.class;
    }

    @Override
    public Class<OpeningOutcome> outcomeType() {
        return OpeningOutcome.class;
    }

    @Override
    public String outcomeVariable() {
        return "openingOutcome";
    }

    @Override
    public OpeningOutcome record(ProjectId id, OpeningForm form, String recordedBy) {
        Inputs.requireValid(validator, form);
        ProjectEntity project = projects.project(id);
        projects.lastCompletion(id, SUBSIDY_DECISION).map(Clock::dateOf)
                .filter(decided -> form.openedOn().isBefore(decided))
                .ifPresent(decided -> {
                    throw new InvalidInputException("openedOn",
                            "L'école ne peut pas ouvrir avant la décision de subvention (" + decided + ").");
                });
        schools.add(new SchoolEntity(project.name(), project.carrier(), project.departmentCode(),
                project.communeCode(), project.trades(), form.openedOn(), project.capacity(), form.pupils(), id));
        return OpeningOutcome.OPENED;
    }
}

package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.audits.internal.AuditSteps;
import fr.normandie.ecoles.funding.internal.GrantSteps;
import fr.normandie.ecoles.funding.internal.SubsidyDecisionHandler;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.internal.InsertionCommitmentHandler;
import fr.normandie.ecoles.schools.internal.OpeningHandler;
import fr.normandie.ecoles.schools.internal.OpportunityStudyHandler;
import fr.normandie.ecoles.schools.internal.TerritorialBackingHandler;
import fr.normandie.ecoles.schools.internal.BackingSubmissionHandler;
import fr.normandie.ecoles.schools.internal.StudySubmissionHandler;
import fr.normandie.ecoles.schools.internal.InsertionSubmissionHandler;
import fr.normandie.ecoles.schools.internal.OpeningSubmissionHandler;
import org.camunda.bpm.engine.ProcessEngine;

import java.util.List;

/**
 * The modules' real step handlers, built without their container (their key, form and outcome need none): what
 * CDI hands the workflow module in the application.
 */
final class ModuleHandlers {

    private ModuleHandlers() {
    }

    static List<StepHandler<?, ?>> all() {
        return List.of(new TerritorialBackingHandler(), new OpportunityStudyHandler(), new InsertionCommitmentHandler(),
                new AuditSteps.Label(), new AuditSteps.LabelFollowUp(), new SubsidyDecisionHandler(), new OpeningHandler(),
                new AuditSteps.Renewal(), new AuditSteps.RenewalFollowUp(), new GrantSteps.Instruction(),
                new GrantSteps.Vote(), new GrantSteps.Agreement(), new GrantSteps.Payment(), new GrantSteps.UseReport(),
                new GrantSteps.Balance(), new BackingSubmissionHandler(),
                new StudySubmissionHandler(), new InsertionSubmissionHandler(), new OpeningSubmissionHandler());
    }

    /**
     * The steps of the engine's deployed processes, joined to the real handlers; the grant's process is deployed
     * first when the test's engine lacks it, as the application always deploys it.
     */
    static DeployedSteps stepsOf(ProcessEngine engine) {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SchoolGrantProcess.KEY)
                .count() == 0) {
            engine.getRepositoryService().createDeployment().addClasspathResource(SchoolGrantProcess.RESOURCE).deploy();
        }
        DeployedSteps steps = new DeployedSteps();
        steps.load(engine, all());
        return steps;
    }
}

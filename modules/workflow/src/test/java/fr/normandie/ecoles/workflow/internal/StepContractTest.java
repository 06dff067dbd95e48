package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The processes' user tasks and the modules' step handlers agree, and a gap is refused naming it. */
class StepContractTest {

    private static final String EXTRA_TASK = "<bpmn:userTask id=\"Task_Extra\" name=\"Étape ajoutée\" "
            + "camunda:formKey=\"extra-step\" camunda:candidateGroups=\"staff\" />\n  </bpmn:process>";

    @Test
    void everyUserTaskOfTheProcessesHasItsHandlerWithItsNameAndRoleFromTheBpmn() {
        List<Step> steps = StepContract.steps(models(opening(), renewal()), ModuleHandlers.all());

        assertThat(steps).extracting(Step::key).containsExactly(
                "backing-submission", "territorial-backing", "study-submission", "opportunity-study",
                "insertion-submission", "insertion-commitment", "label-audit", "label-follow-up",
                "subsidy-decision", "opening-submission", "opening", "label-renewal-audit", "label-renewal-follow-up", "grant-instruction",
                "grant-vote", "grant-agreement", "grant-payment", "grant-use-report", "grant-balance");
        for (UserTask task : UserTask.values()) {
            Step step = steps.stream().filter(s -> s.key().equals(task.key())).findFirst().orElseThrow();
            assertThat(step.activityId()).isEqualTo(task.activityId());
            assertThat(step.label()).isEqualTo(task.label());
            assertThat(step.role()).isEqualTo(task.role());
            assertThat(step.outcomeVariable()).isEqualTo(task.outcomeVariable());
        }
    }

    @Test
    void refusesAUserTaskWithoutAHandlerNamingIt() {
        String broken = opening().replace("</bpmn:process>", EXTRA_TASK);

        assertThatThrownBy(() -> StepContract.steps(models(broken, renewal()), ModuleHandlers.all()))
                .isInstanceOf(StepContractBrokenException.class)
                .hasMessageContaining("Task_Extra").hasMessageContaining("extra-step")
                .satisfies(e -> assertThat(((StepContractBrokenException) e).gaps()).hasSize(1));
    }

    @Test
    void refusesAConditionOnAValueTheOutcomeDoesNotHave() {
        String broken = opening().replace("${insertionOutcome == 'SECURED'}", "${insertionOutcome == 'GUARANTEED'}");

        assertThatThrownBy(() -> StepContract.steps(models(broken, renewal()), ModuleHandlers.all()))
                .hasMessageContaining("Task_InsertionCommitment").hasMessageContaining("Flow_InsertionSecured")
                .hasMessageContaining("GUARANTEED").hasMessageContaining("InsertionOutcome");
    }

    @Test
    void refusesAConditionOnAnotherVariableThanTheHandlersOutcome() {
        String broken = opening().replace("${subsidyDecision == 'GRANTED'}", "${subsidyOutcome == 'GRANTED'}");

        assertThatThrownBy(() -> StepContract.steps(models(broken, renewal()), ModuleHandlers.all()))
                .hasMessageContaining("Task_SubsidyDecision").hasMessageContaining("subsidyOutcome");
    }

    @Test
    void refusesAHandlerNoTaskCarriesAndATaskWithTwoHandlers() {
        List<StepHandler<?, ?>> handlers = new ArrayList<>(ModuleHandlers.all());
        handlers.add(new fr.normandie.ecoles.schools.internal.OpeningHandler());
        handlers.removeIf(h -> h.key().equals("label-renewal-follow-up"));

        assertThatThrownBy(() -> StepContract.steps(models(opening(), renewal()), handlers))
                .hasMessageContaining("Task_Opening").hasMessageContaining("2 gestionnaire")
                .hasMessageContaining("Task_RenewalFollowUpAudit").hasMessageContaining("aucun gestionnaire");
    }

    @Test
    void refusesATaskWhoseCandidateGroupIsNoRole() {
        String broken = opening().replace("camunda:formKey=\"opening\" camunda:candidateGroups=\"staff\"",
                "camunda:formKey=\"opening\" camunda:candidateGroups=\"mayors\"");

        assertThatThrownBy(() -> StepContract.steps(models(broken, renewal()), ModuleHandlers.all()))
                .hasMessageContaining("Task_Opening").hasMessageContaining("mayors");
    }

    /** As the application starts: the engine deploys the processes, then the steps are read from it. */
    @Test
    void anEngineThatDeployedATaskWithoutAHandlerRefusesToStart() {
        ProcessEngine engine = InMemoryEngines.with(Map.of());
        try {
            engine.getRepositoryService().createDeployment()
                    .addString("school-opening.bpmn", opening().replace("</bpmn:process>", EXTRA_TASK))
                    .addClasspathResource(LabelRenewalProcess.RESOURCE).deploy();

            assertThatThrownBy(() -> ModuleHandlers.stepsOf(engine))
                    .isInstanceOf(StepContractBrokenException.class).hasMessageContaining("Task_Extra");
        } finally {
            engine.close();
        }
    }

    @Test
    void theRolesOfTheStepsAreTheApplicationsRoles() {
        assertThat(Role.ofGroup("auditor")).contains(Role.AUDITOR);
        assertThat(Role.ofGroup("mayors")).isEmpty();
    }

    private static Map<Step.Process, BpmnModelInstance> models(String opening, String renewal) {
        Map<Step.Process, BpmnModelInstance> models = new LinkedHashMap<>();
        models.put(Step.Process.OPENING, parse(opening));
        models.put(Step.Process.RENEWAL, parse(renewal));
        models.put(Step.Process.GRANT, parse(resource(SchoolGrantProcess.RESOURCE)));
        return models;
    }

    private static BpmnModelInstance parse(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String opening() {
        return resource(SchoolOpeningProcess.RESOURCE);
    }

    private static String renewal() {
        return resource(LabelRenewalProcess.RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = StepContractTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.normandie.ecoles.app.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.StepHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task of both processes has its handler among the modules' classes (found as CDI finds them: the
 * concrete classes implementing {@link StepHandler}), its page template in the web application and the French
 * texts of its outcomes; a step without them is named.
 */
class StepPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Predicate<String> IN_THE_WEBAPP = path -> Files.isRegularFile(WEBAPP.resolve(path.substring(1)));

    private static List<StepHandler<?, ?>> handlers;

    @BeforeAll
    static void modulesHandlers() throws ReflectiveOperationException {
        handlers = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.normandie.ecoles")) {
            if (type.isAssignableTo(StepHandler.class) && !type.isInterface()
                    && !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                Class<?> handler = type.reflect();
                assertThat(Modifier.isPublic(handler.getModifiers())).isTrue();
                handlers.add((StepHandler<?, ?>) handler.getDeclaredConstructor().newInstance());
            }
        }
    }

    @Test
    void everyUserTaskHasOneHandlerAPageAndTheTextsOfItsOutcomes() throws Exception {
        List<String> keys = new ArrayList<>();
        for (String process : List.of("school-opening", "label-renewal", "school-grant")) {
            Path bpmn = Path.of("../../bpmn", process + ".bpmn");
            Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)
                    .forEach(task -> keys.add(task.getCamundaFormKey()));
        }

        assertThat(handlers).extracting(StepHandler::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(StepPages.gaps(handlers, IN_THE_WEBAPP, Texts::has)).isEmpty();
    }

    @Test
    void namesAStepWithoutItsPageNorTheTextsOfItsOutcomes() {
        List<String> gaps = StepPages.gaps(List.of(new ExtraStep()), IN_THE_WEBAPP, Texts::has);

        assertThat(gaps).containsExactly(
                "étape « extra-step » : pas de page /WEB-INF/steps/extra-step.xhtml",
                "étape « extra-step » : pas de texte outcome.NEVER_SEEN dans messages.properties");
    }

    /** A step added to a module whose page and texts were forgotten. */
    static class ExtraStep implements StepHandler<String, ExtraStep.Outcome> {

        enum Outcome { SECURED, NEVER_SEEN }

        @Override
        public String key() {
            return "extra-step";
        }

        @Override
        public Class<String> formType() {
            return String.class;
        }

        @Override
        public Class<Outcome> outcomeType() {
            return Outcome.class;
        }

        @Override
        public String outcomeVariable() {
            return "extraOutcome";
        }

        @Override
        public Outcome record(ProjectId project, String form, String recordedBy) {
            return Outcome.SECURED;
        }
    }
}

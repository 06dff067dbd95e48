package fr.normandie.ecoles.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The modular monolith's rules, checked on every build over the classes of all modules. */
class ArchitectureTest {

    private static final String BASE = "fr.normandie.ecoles";
    private static final List<String> MODULES = List.of("kernel", "schools", "audits", "funding", "workflow", "app");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyAModuleItselfReachesIntoItsSubPackages() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (!other.equals(module)) {
                    noClasses().that().resideInAPackage(BASE + "." + other + "..")
                            .should().dependOnClassesThat().resideInAPackage(BASE + "." + module + ".*..")
                            .because(module + "'s root package is its API; its sub-packages are its own")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void onlyTheWorkflowModuleImportsTheEngine() {
        noClasses().that().resideOutsideOfPackage(BASE + ".workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("a later move to a maintained fork of the engine must touch one module")
                .check(classes);
    }

    @Test
    void dependenciesPointOneWay() {
        noClasses().that().resideInAPackage(BASE + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".schools..", BASE + ".audits..",
                        BASE + ".funding..", BASE + ".workflow..", BASE + ".app..")
                .because("the kernel is what every module shares; it knows none of them")
                .check(classes);
        noClasses().that().resideInAnyPackage(BASE + ".schools..", BASE + ".audits..", BASE + ".funding..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".workflow..", BASE + ".app..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".workflow..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".app..")
                .check(classes);
        noClasses().that().resideInAnyPackage(BASE + ".audits..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".funding..")
                .check(classes);
        noClasses().that().resideInAnyPackage(BASE + ".funding..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".audits..")
                .check(classes);
    }

    /**
     * The module methods that take no {@code Caller} act for the engine alone: a step's record (checked by
     * {@code Tasks.complete} against the BPMN's role first), reminders, the process's ends, the re-audit timers.
     * Every mutating method people reach takes the caller and checks its right; the application, which serves
     * people, may call none of these.
     */
    @Test
    void theApplicationCallsNoMethodMeantForTheEngineAlone() {
        Map<String, Set<String>> engineOnly = Map.of(
                BASE + ".schools.Projects", Set.of("recordStep", "recordReminder", "markOpened", "markClosed"),
                BASE + ".schools.StepHandler", Set.of("record"),
                BASE + ".audits.LabelAudits", Set.of("record"),
                BASE + ".audits.LabelRenewals", Set.of("schedule", "reminded", "overdue"),
                BASE + ".schools.ProjectOfficers", Set.of("recordHandOver"),
                BASE + ".funding.GrantLapses", Set.of("lapse"));
        noClasses().that().resideInAPackage(BASE + ".app..")
                .should().callMethodWhere(DescribedPredicate.describe("the method is meant for the engine alone",
                        (JavaMethodCall call) -> engineOnly.getOrDefault(call.getTargetOwner().getName(), Set.of())
                                .contains(call.getName())))
                .because("people's entry points go through a method that takes the Caller and checks its right")
                .check(classes);
    }

    /**
     * Each module lists its mapped classes in its own {@code META-INF/orm-<module>.xml}, which the persistence
     * unit names (funding and app still in {@code persistence.xml}): a class left out would fail at its first
     * query on the running application, so the build names it first.
     */
    @Test
    void everyMappedClassIsListedByItsModuleOrThePersistenceUnit() {
        String unit = resource("META-INF/persistence.xml");
        List<String> unlisted = classes.stream()
                .filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class)
                        || c.isAnnotatedWith(jakarta.persistence.Embeddable.class)
                        || c.isAnnotatedWith(jakarta.persistence.MappedSuperclass.class)
                        || c.isAnnotatedWith(jakarta.persistence.Converter.class))
                .map(c -> c.getName())
                .filter(name -> !unit.contains("<class>" + name + "</class>")
                        && !moduleMappings(name).contains("class=\"" + name + "\""))
                .toList();
        assertThat(unlisted).isEmpty();
        assertThat(unit).contains(MODULES.stream().filter(m -> moduleMappingsExist(m))
                .map(m -> "<mapping-file>META-INF/orm-" + m + ".xml</mapping-file>").toList());
    }

    private static String moduleMappings(String className) {
        String module = className.substring(BASE.length() + 1).replaceAll("\\..*", "");
        return moduleMappingsExist(module) ? resource("META-INF/orm-" + module + ".xml") : "";
    }

    private static boolean moduleMappingsExist(String module) {
        return ArchitectureTest.class.getClassLoader().getResource("META-INF/orm-" + module + ".xml") != null;
    }

    private static String resource(String name) {
        try (InputStream in = ArchitectureTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

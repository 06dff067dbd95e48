package fr.normandie.ecoles.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
}

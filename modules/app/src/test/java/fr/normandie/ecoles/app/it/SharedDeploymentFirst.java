package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.ClassDescriptor;

import java.util.Comparator;

/**
 * The order of the test classes (junit-platform.properties): those that share the build's deployment ({@link
 * DeployedApplication}) first, then any that would deploy an archive of its own through Arquillian, each group by
 * name. The shared Payara Micro then boots once, and stops at most once for the others ({@link SharedPayaraMicro}),
 * instead of stopping and booting again around each of them. The classes that start nodes of their own (rank 2) run
 * beside all these, in a second thread ({@link NodesOfTheirOwn}), whatever their rank.
 */
public class SharedDeploymentFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt((ClassDescriptor c) -> rank(c.getTestClass()))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    /** 0: the shared deployment; 1: a deployment of its own (which stops the shared one); 2: nodes of its own. */
    private static int rank(Class<?> testClass) {
        if (DeployedApplication.class.isAssignableFrom(testClass)) {
            return 0;
        }
        return testClass.isAnnotationPresent(ExtendWith.class) ? 1 : 2;
    }
}

package fr.normandie.ecoles.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What every integration test class over REST shares: the WAR the build produced, deployed on one Payara Micro
 * that the classes share ({@link SharedPayaraMicro}: booted by the first, stopped at the end), the accounts of each
 * role, and a budget envelope large enough for the subsidies the tests grant.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedApplication {

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive war() {
        return SharedPayaraMicro.archive();
    }

    @BeforeEach
    void openAccounts() {
        api = new Api(base);
        api.openAccounts();
        api.ensureEnvelope(Api.YEAR, 100_000_000);
    }
}

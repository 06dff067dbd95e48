package fr.normandie.ecoles.app.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Payara Micro managed by Arquillian, with one deployment shared by the integration test classes: the build's WAR
 * ({@link #archive()}) is deployed, that is one Payara Micro booted, by the first class that asks for it, and stays up
 * for the classes after it instead of a boot per class (35 s each here). A class whose deployment is another archive
 * would get a Payara Micro of its own, the shared one stopped first so that two applications never work on the test
 * database at once, and booted again when a class asks for it next (none does now: the classes that need settings of
 * their own start a node of their own on a database of their own, beside these: {@link NodesOfTheirOwn}).
 * <p>
 * The classes that share it share one application as a user would: its caches, its throttles and its schedulers
 * outlive a class, so a test must not rely on a fresh node (the ones that must, start their own: {@code
 * NodesStartingTogetherIT}, {@code DatabaseOutageIT}, ...).
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());
    private static WebArchive shared;

    private ProtocolMetaData sharedMetaData;

    /** The build's WAR as the shared deployment: the same archive for every class of this JVM. */
    static synchronized WebArchive archive() {
        if (shared == null) {
            shared = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
        }
        return shared;
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (archive == shared && sharedMetaData != null) {
            if (answers(sharedMetaData)) {
                return sharedMetaData;
            }
            LOG.warning("the shared Payara Micro no longer answers: booting it again");
        }
        stopShared();
        ProtocolMetaData metaData = super.deploy(archive);
        if (archive == shared) {
            sharedMetaData = metaData;
        }
        return metaData;
    }

    /** The shared deployment stays up for the next class; any other is stopped with its class. */
    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (archive != shared) {
            super.undeploy(archive);
        }
    }

    /** The end of the suite stops the shared deployment too. */
    @Override
    public void stop() throws LifecycleException {
        try {
            stopShared();
        } catch (DeploymentException e) {
            throw new LifecycleException("the shared Payara Micro did not stop", e);
        }
        super.stop();
    }

    private void stopShared() throws DeploymentException {
        if (sharedMetaData != null) {
            sharedMetaData = null;
            super.undeploy(shared);
        }
    }

    private static boolean answers(ProtocolMetaData metaData) {
        HTTPContext context = metaData.getContexts(HTTPContext.class).iterator().next();
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(
                    "http://" + context.getHost() + ":" + context.getPort() + "/health/live").toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(10_000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}

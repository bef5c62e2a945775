package dimple.web.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed Micro container starts a new Micro process for each deployment, that is for each test class.
 * This one keeps the process of the first deployment running and hands its address to every later test class
 * that deploys an archive of the same name; the process stops when Arquillian stops the container at the end of
 * the test run. Test classes already share one data directory per build and never assume an order, so sharing
 * the server changes what they test only in that in-memory state (caches, sessions) is shared too, as in production.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {
    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private Archive<?> deployed;
    private ProtocolMetaData running;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed != null && deployed.getName().equals(archive.getName())) {
            LOG.info(() -> "Reusing the running Payara Micro for " + archive.getName());
            return running;
        }
        undeployCurrent();
        running = super.deploy(archive);
        deployed = archive;
        return running;
    }

    /** Keeps the server running for the next test class; {@link #stop()} ends it. */
    @Override
    public void undeploy(Archive<?> archive) {
        // deliberately nothing: the deployment is shared until the container stops
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            undeployCurrent();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
        super.stop();
    }

    private void undeployCurrent() throws DeploymentException {
        if (deployed != null) {
            Archive<?> current = deployed;
            deployed = null;
            running = null;
            super.undeploy(current);
        }
    }
}

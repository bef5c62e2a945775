package dimple.web.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Payara's managed Micro container starts a new Micro process for each deployment, that is for each test class.
 * This one keeps the process of the first deployment running and hands its address to every later test class
 * that deploys an archive of the same name. The process belongs to the test JVM, not to one Arquillian run: when
 * failsafe runs its classes in several forks it hands each fork one class at a time, and every class is then a
 * run of its own whose end "stops the container". So the server is remembered statically and stopped only when the
 * JVM (the fork) exits. Test classes already share one data directory per fork and never assume an order, so sharing
 * the server changes what they test only in that in-memory state (caches, sessions) is shared too, as in production.
 *
 * <p>The one thing added to the archive is {@link LightArgon2ForTests}: new passwords are hashed at a lower cost.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {
    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    /** The container that started the running server, the archive it runs and its address (guarded by the class). */
    private static SharedPayaraMicro owner;
    private static Archive<?> deployed;
    private static ProtocolMetaData running;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        synchronized (SharedPayaraMicro.class) {
            if (deployed != null && deployed.getName().equals(archive.getName())) {
                LOG.info(() -> "Reusing the running Payara Micro for " + archive.getName());
                return running;
            }
            undeployCurrent();
            if (archive instanceof WebArchive war) {
                war.addClass(LightArgon2ForTests.class);
            }
            running = super.deploy(archive);
            deployed = archive;
            if (owner == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedPayaraMicro::stopAtExit, "stop the shared Payara Micro"));
            }
            owner = this;
            return running;
        }
    }

    /** Keeps the server running for the next test class; it stops when the JVM exits. */
    @Override
    public void undeploy(Archive<?> archive) {
        // deliberately nothing: the deployment is shared until the JVM exits
    }

    /** Keeps the server running for the next test class, which may come in a run of its own (see above). */
    @Override
    public void stop() {
        // deliberately nothing: stopAtExit ends the server
    }

    private static void stopAtExit() {
        synchronized (SharedPayaraMicro.class) {
            try {
                undeployCurrent();
            } catch (DeploymentException e) {
                LOG.warning(() -> "Could not stop the shared Payara Micro: " + e);
            }
        }
    }

    private static void undeployCurrent() throws DeploymentException {
        if (deployed != null) {
            Archive<?> current = deployed;
            SharedPayaraMicro starter = owner;
            deployed = null;
            running = null;
            starter.undeployStarted(current);
        }
    }

    private void undeployStarted(Archive<?> archive) throws DeploymentException {
        super.undeploy(archive);
    }
}

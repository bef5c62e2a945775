package dimple.web.container;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SharedPayaraMicro} in place of Payara's own managed Micro container, so every test class that
 * deploys the Dimple war shares one running server instead of starting Payara Micro again (tens of seconds each).
 */
public final class OneDeploymentPerBuild implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }
}

package dimple.infrastructure.bootstrap;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts Dimple when the web application starts. A servlet listener rather than a CDI start-up
 * observer: in Payara the persistence context and resources of library jars can be injected only
 * once the web module's naming context is active, which is the case here.
 */
@WebListener
public class StartupListener implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI.current().select(Startup.class).get().start();
    }
}

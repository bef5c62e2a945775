package dimple.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads {@code DIMPLE_PUBLIC_URL} once at start for {@link PublicRedirectFilter}. A value that is not an
 * http(s) address stops the application from starting, with the reason in the log: a filter that failed
 * alone would leave the application running with redirects that repeat the Host header.
 */
@WebListener
public class PublicAddressSetup implements ServletContextListener {
    static final String ATTRIBUTE = PublicAddress.class.getName();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String configured = ConfigProvider.getConfig().getOptionalValue(PublicAddress.PROPERTY, String.class).orElse(null);
        event.getServletContext().setAttribute(ATTRIBUTE, PublicAddress.of(configured));
    }
}

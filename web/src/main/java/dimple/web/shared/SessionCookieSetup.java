package dimple.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax (set on the HTTP listener in post-boot-commands.asadmin), and Secure when the
 * request came over HTTPS or when {@code DIMPLE_SECURE_COOKIES=true} (behind a TLS-terminating proxy).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        // Left alone, the container marks the cookie Secure when the request came over HTTPS. Behind a
        // proxy that ends TLS, DIMPLE_SECURE_COOKIES=true says so.
        if (ConfigProvider.getConfig().getOptionalValue("dimple.secure.cookies", Boolean.class).orElse(false)) {
            cookie.setSecure(true);
        }
    }
}

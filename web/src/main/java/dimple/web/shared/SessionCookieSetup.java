package dimple.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The container's session cookie: HttpOnly, one {@code SameSite=Lax} (set in glassfish-web.xml), path {@code /}. Behind HTTPS
 * ({@code DIMPLE_PUBLIC_URL} starting with {@code https://}, or {@code DIMPLE_SECURE_COOKIES=true}) it is
 * {@code Secure} and named {@code __Host-JSESSIONID}; otherwise the container marks it Secure when the
 * request came over HTTPS. Its idle timeout is the sessions' ({@code DIMPLE_SESSION_IDLE_MINUTES}). The
 * container's session alone signs nobody in: a page request also needs Dimple's own session cookie
 * (docs/adr/0013).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        // SameSite=Lax comes from glassfish-web.xml: Payara 6 ignores SessionCookieConfig attributes.
        boolean secureCookies = config.getOptionalValue("dimple.secure.cookies", Boolean.class).orElse(false);
        boolean httpsUrl = config.getOptionalValue("dimple.public.url", String.class)
                .map(url -> url.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://")).orElse(false);
        if (secureCookies || httpsUrl) {
            cookie.setSecure(true);
            cookie.setName("__Host-JSESSIONID");
        }
        int idleMinutes = (int) Math.max(1, config.getOptionalValue("dimple.session.idle.minutes", Long.class).orElse(30L));
        event.getServletContext().setSessionTimeout(idleMinutes);
    }
}

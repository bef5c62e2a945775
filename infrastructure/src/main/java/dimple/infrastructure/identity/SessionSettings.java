package dimple.infrastructure.identity;

import dimple.application.identity.SessionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long page sessions last, from {@code DIMPLE_SESSION_IDLE_MINUTES} (default 30) and
 * {@code DIMPLE_SESSION_MAX_HOURS} (default 12).
 */
@ApplicationScoped
public class SessionSettings {
    /** Dependent: a record cannot be proxied, and the services that take it are application-scoped anyway. */
    @Produces
    public SessionPolicy sessionPolicy() {
        Config config = ConfigProvider.getConfig();
        long idle = config.getOptionalValue("dimple.session.idle.minutes", Long.class).orElse(30L);
        long lifetime = config.getOptionalValue("dimple.session.max.hours", Long.class).orElse(12L);
        return new SessionPolicy(Duration.ofMinutes(Math.max(1, idle)), Duration.ofHours(Math.max(1, lifetime)));
    }
}

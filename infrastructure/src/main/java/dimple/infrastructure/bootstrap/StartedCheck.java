package dimple.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** {@code /health/started}: "migrations" is UP once the schema is migrated and the first run prepared ({@link Startup}). */
@org.eclipse.microprofile.health.Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {
    static final String NAME = "migrations";

    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthAnswer.of(NAME, startup::isReady);
    }
}

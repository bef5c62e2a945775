package dimple.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: UP once the schema is migrated and the first run is prepared. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Inject
    Startup startup;

    @Override
    public HealthCheckResponse call() {
        boolean ready = startup.isReady();
        return HealthCheckResponse.named("database").status(ready)
                .withData("migrated", ready)
                .withData("state", ready ? "ready" : startup.problem())
                .build();
    }
}

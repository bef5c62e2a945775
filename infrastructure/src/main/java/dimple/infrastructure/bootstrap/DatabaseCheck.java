package dimple.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: "database" is UP while the migrated database answers ({@link DatabaseReadiness}). */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {
    static final String NAME = "database";

    @Inject
    DatabaseReadiness database;

    @Override
    public HealthCheckResponse call() {
        return HealthAnswer.of(NAME, database::ready);
    }
}
